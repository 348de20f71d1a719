{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="source_kind">[[offers.need.source_kind]]</label>
    <select id="source_kind" name="source_kind"{{#SOURCE_KIND_ERROR}} aria-invalid="true" aria-describedby="source_kind-error"{{/SOURCE_KIND_ERROR}}>{{#SOURCE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SOURCE_OPTION}}</select>
    {{#SOURCE_KIND_ERROR}}<p class="field-error" id="source_kind-error">{{MESSAGE}}</p>{{/SOURCE_KIND_ERROR}}
  </div>
  <div class="field">
    <label for="organisation_id">[[offers.need.organisation]]</label>
    <select id="organisation_id" name="organisation_id"{{#ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="organisation_id-error"{{/ORGANISATION_ID_ERROR}}><option value="">[[register.none]]</option>{{#ORGANISATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORGANISATION_OPTION}}</select>
    {{#ORGANISATION_ID_ERROR}}<p class="field-error" id="organisation_id-error">{{MESSAGE}}</p>{{/ORGANISATION_ID_ERROR}}
  </div>
  <div class="field">
    <label for="source_note">[[offers.need.source_note]]</label>
    <input id="source_note" name="source_note" type="text" value="{{SOURCE_NOTE}}" autocomplete="off" aria-describedby="source_note-hint{{#SOURCE_NOTE_ERROR}} source_note-error{{/SOURCE_NOTE_ERROR}}"{{#SOURCE_NOTE_ERROR}} aria-invalid="true"{{/SOURCE_NOTE_ERROR}}>
    <p class="hint" id="source_note-hint">[[offers.need.source_note_hint]]</p>
    {{#SOURCE_NOTE_ERROR}}<p class="field-error" id="source_note-error">{{MESSAGE}}</p>{{/SOURCE_NOTE_ERROR}}
  </div>
  <div class="field">
    <label for="target_group">[[offers.need.target_group]]</label>
    <select id="target_group" name="target_group"{{#TARGET_GROUP_ERROR}} aria-invalid="true" aria-describedby="target_group-error"{{/TARGET_GROUP_ERROR}}><option value="">[[register.choose]]</option>{{#TARGET_GROUP_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TARGET_GROUP_OPTION}}</select>
    {{#TARGET_GROUP_ERROR}}<p class="field-error" id="target_group-error">{{MESSAGE}}</p>{{/TARGET_GROUP_ERROR}}
  </div>
  <div class="field">
    <label for="field">[[offers.offer.field]]</label>
    <select id="field" name="field"{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="field-error"{{/FIELD_ERROR}}><option value="">[[register.choose]]</option>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>
    {{#FIELD_ERROR}}<p class="field-error" id="field-error">{{MESSAGE}}</p>{{/FIELD_ERROR}}
  </div>
  <div class="field">
    <label for="municipality_id">[[offers.need.municipality]]</label>
    <select id="municipality_id" name="municipality_id"{{#MUNICIPALITY_ID_ERROR}} aria-invalid="true" aria-describedby="municipality_id-error"{{/MUNICIPALITY_ID_ERROR}}><option value="">[[offers.whole_region]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
    {{#MUNICIPALITY_ID_ERROR}}<p class="field-error" id="municipality_id-error">{{MESSAGE}}</p>{{/MUNICIPALITY_ID_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[offers.need.description]]</label>
    <textarea id="description" name="description" rows="4" required{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <div class="field">
    <label for="urgency">[[offers.need.urgency]]</label>
    <select id="urgency" name="urgency"{{#URGENCY_ERROR}} aria-invalid="true" aria-describedby="urgency-error"{{/URGENCY_ERROR}}>{{#URGENCY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/URGENCY_OPTION}}</select>
    {{#URGENCY_ERROR}}<p class="field-error" id="urgency-error">{{MESSAGE}}</p>{{/URGENCY_ERROR}}
  </div>
  <div class="field">
    <label for="reported_on">[[offers.need.reported_on]]</label>
    <input id="reported_on" name="reported_on" type="text" value="{{REPORTED_ON}}" autocomplete="off" aria-describedby="reported_on-hint{{#REPORTED_ON_ERROR}} reported_on-error{{/REPORTED_ON_ERROR}}"{{#REPORTED_ON_ERROR}} aria-invalid="true"{{/REPORTED_ON_ERROR}}>
    <p class="hint" id="reported_on-hint">[[register.date_hint]]</p>
    {{#REPORTED_ON_ERROR}}<p class="field-error" id="reported_on-error">{{MESSAGE}}</p>{{/REPORTED_ON_ERROR}}
  </div>
  <div class="field">
    <label for="status">[[offers.need.status]]</label>
    <select id="status" name="status"{{#STATUS_ERROR}} aria-invalid="true" aria-describedby="status-error"{{/STATUS_ERROR}}>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    {{#STATUS_ERROR}}<p class="field-error" id="status-error">{{MESSAGE}}</p>{{/STATUS_ERROR}}
  </div>
  <div class="field">
    <label for="offer_id">[[offers.need.offer]]</label>
    <select id="offer_id" name="offer_id"{{#OFFER_ID_ERROR}} aria-invalid="true" aria-describedby="offer_id-error"{{/OFFER_ID_ERROR}}><option value="">[[register.none]]</option>{{#OFFER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OFFER_OPTION}}</select>
    {{#OFFER_ID_ERROR}}<p class="field-error" id="offer_id-error">{{MESSAGE}}</p>{{/OFFER_ID_ERROR}}
  </div>
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
