{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#GOAL_FIELD}}
  <div class="field">
    <label for="goal_id">[[plans.goal]]</label>
    <select id="goal_id" name="goal_id"{{#GOAL_ID_ERROR}} aria-invalid="true" aria-describedby="goal_id-error"{{/GOAL_ID_ERROR}}><option value="">[[register.choose]]</option>{{#GOAL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GOAL_OPTION}}</select>
    {{#GOAL_ID_ERROR}}<p class="field-error" id="goal_id-error">{{MESSAGE}}</p>{{/GOAL_ID_ERROR}}
  </div>
  {{/GOAL_FIELD}}
  <div class="field">
    <label for="title">[[plans.measure.title]]</label>
    <input id="title" name="title" type="text" value="{{TITLE}}" required autocomplete="off"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    {{#TITLE_ERROR}}<p class="field-error" id="title-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[plans.measure.description]]</label>
    <textarea id="description" name="description" rows="5"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <div class="field">
    <label for="lead_organisation_id">[[plans.measure.lead]]</label>
    <select id="lead_organisation_id" name="lead_organisation_id"{{#LEAD_ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="lead_organisation_id-error"{{/LEAD_ORGANISATION_ID_ERROR}}><option value="">[[register.none]]</option>{{#LEAD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEAD_OPTION}}</select>
    {{#LEAD_ORGANISATION_ID_ERROR}}<p class="field-error" id="lead_organisation_id-error">{{MESSAGE}}</p>{{/LEAD_ORGANISATION_ID_ERROR}}
  </div>
  <div class="field">
    <label for="partner_organisation_ids">[[plans.measure.partners]]</label>
    <p class="hint" id="partner_organisation_ids-hint">[[plans.multi_hint]]</p>
    <select id="partner_organisation_ids" name="partner_organisation_ids" multiple size="8" aria-describedby="partner_organisation_ids-hint{{#PARTNER_ORGANISATION_IDS_ERROR}} partner_organisation_ids-error{{/PARTNER_ORGANISATION_IDS_ERROR}}"{{#PARTNER_ORGANISATION_IDS_ERROR}} aria-invalid="true"{{/PARTNER_ORGANISATION_IDS_ERROR}}>{{#PARTNER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARTNER_OPTION}}</select>
    {{#PARTNER_ORGANISATION_IDS_ERROR}}<p class="field-error" id="partner_organisation_ids-error">{{MESSAGE}}</p>{{/PARTNER_ORGANISATION_IDS_ERROR}}
  </div>
  <div class="field">
    <label for="target_groups">[[plans.measure.target_groups]]</label>
    <input id="target_groups" name="target_groups" type="text" value="{{TARGET_GROUPS}}" autocomplete="off"{{#TARGET_GROUPS_ERROR}} aria-invalid="true" aria-describedby="target_groups-error"{{/TARGET_GROUPS_ERROR}}>
    {{#TARGET_GROUPS_ERROR}}<p class="field-error" id="target_groups-error">{{MESSAGE}}</p>{{/TARGET_GROUPS_ERROR}}
  </div>
  <fieldset class="fieldset"{{#MUNICIPALITY_IDS_ERROR}} aria-describedby="municipality_ids-error"{{/MUNICIPALITY_IDS_ERROR}}>
  <legend>[[plans.measure.municipalities]]</legend>
  <p class="hint">[[plans.measure.municipalities_hint]]</p>
  {{#MUNICIPALITY}}<div class="field field--checkbox"><input id="municipality-{{VALUE}}" name="municipality_ids" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="municipality-{{VALUE}}">{{LABEL}}</label></div>{{/MUNICIPALITY}}
  {{#MUNICIPALITY_IDS_ERROR}}<p class="field-error" id="municipality_ids-error">{{MESSAGE}}</p>{{/MUNICIPALITY_IDS_ERROR}}
  </fieldset>
  <div class="field">
    <label for="start_on">[[plans.measure.start_on]]</label>
    <input id="start_on" name="start_on" type="date" value="{{START_ON}}" autocomplete="off"{{#START_ON_ERROR}} aria-invalid="true" aria-describedby="start_on-error"{{/START_ON_ERROR}}>
    {{#START_ON_ERROR}}<p class="field-error" id="start_on-error">{{MESSAGE}}</p>{{/START_ON_ERROR}}
  </div>
  <div class="field">
    <label for="end_on">[[plans.measure.end_on]]</label>
    <input id="end_on" name="end_on" type="date" value="{{END_ON}}" autocomplete="off"{{#END_ON_ERROR}} aria-invalid="true" aria-describedby="end_on-error"{{/END_ON_ERROR}}>
    {{#END_ON_ERROR}}<p class="field-error" id="end_on-error">{{MESSAGE}}</p>{{/END_ON_ERROR}}
  </div>
  <div class="field">
    <label for="status">[[plans.measure.status]]</label>
    <select id="status" name="status"{{#STATUS_ERROR}} aria-invalid="true" aria-describedby="status-error"{{/STATUS_ERROR}}>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    {{#STATUS_ERROR}}<p class="field-error" id="status-error">{{MESSAGE}}</p>{{/STATUS_ERROR}}
  </div>
  <div class="field">
    <label for="resources">[[plans.measure.resources]]</label>
    <textarea id="resources" name="resources" rows="3"{{#RESOURCES_ERROR}} aria-invalid="true" aria-describedby="resources-error"{{/RESOURCES_ERROR}}>{{RESOURCES}}</textarea>
    {{#RESOURCES_ERROR}}<p class="field-error" id="resources-error">{{MESSAGE}}</p>{{/RESOURCES_ERROR}}
  </div>
  <div class="field">
    <label for="risks">[[plans.measure.risks]]</label>
    <textarea id="risks" name="risks" rows="3"{{#RISKS_ERROR}} aria-invalid="true" aria-describedby="risks-error"{{/RISKS_ERROR}}>{{RISKS}}</textarea>
    {{#RISKS_ERROR}}<p class="field-error" id="risks-error">{{MESSAGE}}</p>{{/RISKS_ERROR}}
  </div>
  <div class="field">
    <label for="links">[[plans.measure.networks]]</label>
    <p class="hint" id="links-hint">[[plans.multi_hint]]</p>
    <select id="links" name="network_ids" multiple size="8" aria-describedby="links-hint{{#LINKS_ERROR}} links-error{{/LINKS_ERROR}}"{{#LINKS_ERROR}} aria-invalid="true"{{/LINKS_ERROR}}>{{#NETWORK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/NETWORK_OPTION}}</select>
    {{#LINKS_ERROR}}<p class="field-error" id="links-error">{{MESSAGE}}</p>{{/LINKS_ERROR}}
  </div>
  <fieldset class="fieldset">
  <legend>[[plans.measure.anchoring]]</legend>
  <p class="hint">[[plans.measure.anchoring_hint]]</p>
  <div class="field">
    <label for="anchoring_organisation_id">[[plans.measure.anchoring_by]]</label>
    <select id="anchoring_organisation_id" name="anchoring_organisation_id"{{#ANCHORING_ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="anchoring_organisation_id-error"{{/ANCHORING_ORGANISATION_ID_ERROR}}><option value="">[[register.none]]</option>{{#ANCHOR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ANCHOR_OPTION}}</select>
    {{#ANCHORING_ORGANISATION_ID_ERROR}}<p class="field-error" id="anchoring_organisation_id-error">{{MESSAGE}}</p>{{/ANCHORING_ORGANISATION_ID_ERROR}}
  </div>
  <div class="field">
    <label for="anchoring_state">[[plans.measure.anchoring_state]]</label>
    <select id="anchoring_state" name="anchoring_state"{{#ANCHORING_STATE_ERROR}} aria-invalid="true" aria-describedby="anchoring_state-error"{{/ANCHORING_STATE_ERROR}}>{{#ANCHORING_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ANCHORING_OPTION}}</select>
    {{#ANCHORING_STATE_ERROR}}<p class="field-error" id="anchoring_state-error">{{MESSAGE}}</p>{{/ANCHORING_STATE_ERROR}}
  </div>
  <div class="field">
    <label for="anchoring_note">[[plans.measure.anchoring_note]]</label>
    <textarea id="anchoring_note" name="anchoring_note" rows="3"{{#ANCHORING_NOTE_ERROR}} aria-invalid="true" aria-describedby="anchoring_note-error"{{/ANCHORING_NOTE_ERROR}}>{{ANCHORING_NOTE}}</textarea>
    {{#ANCHORING_NOTE_ERROR}}<p class="field-error" id="anchoring_note-error">{{MESSAGE}}</p>{{/ANCHORING_NOTE_ERROR}}
  </div>
  </fieldset>
  {{#PROPOSE}}
  <div class="field">
    <label for="reason">[[plans.proposal.reason]]</label>
    <textarea id="reason" name="reason" rows="3"{{#REASON_ERROR}} aria-invalid="true" aria-describedby="reason-error"{{/REASON_ERROR}}>{{REASON}}</textarea>
    {{#REASON_ERROR}}<p class="field-error" id="reason-error">{{MESSAGE}}</p>{{/REASON_ERROR}}
  </div>
  {{/PROPOSE}}
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
