{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="name">[[register.network.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" required autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <div class="field">
    <label for="focus">[[register.network.focus]]</label>
    <select id="focus" name="focus"{{#FOCUS_ERROR}} aria-invalid="true" aria-describedby="focus-error"{{/FOCUS_ERROR}}>{{#FOCUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FOCUS_OPTION}}</select>
    {{#FOCUS_ERROR}}<p class="field-error" id="focus-error">{{MESSAGE}}</p>{{/FOCUS_ERROR}}
  </div>
  <div class="field">
    <label for="goals">[[register.network.goals]]</label>
    <textarea id="goals" name="goals" rows="4"{{#GOALS_ERROR}} aria-invalid="true" aria-describedby="goals-error"{{/GOALS_ERROR}}>{{GOALS}}</textarea>
    {{#GOALS_ERROR}}<p class="field-error" id="goals-error">{{MESSAGE}}</p>{{/GOALS_ERROR}}
  </div>
  <div class="field">
    <label for="meeting_rhythm">[[register.network.rhythm]]</label>
    <select id="meeting_rhythm" name="meeting_rhythm"{{#MEETING_RHYTHM_ERROR}} aria-invalid="true" aria-describedby="meeting_rhythm-error"{{/MEETING_RHYTHM_ERROR}}>{{#RHYTHM_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/RHYTHM_OPTION}}</select>
    {{#MEETING_RHYTHM_ERROR}}<p class="field-error" id="meeting_rhythm-error">{{MESSAGE}}</p>{{/MEETING_RHYTHM_ERROR}}
  </div>
  <div class="field">
    <label for="meeting_format">[[register.network.format]]</label>
    <select id="meeting_format" name="meeting_format"{{#MEETING_FORMAT_ERROR}} aria-invalid="true" aria-describedby="meeting_format-error"{{/MEETING_FORMAT_ERROR}}>{{#FORMAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMAT_OPTION}}</select>
    {{#MEETING_FORMAT_ERROR}}<p class="field-error" id="meeting_format-error">{{MESSAGE}}</p>{{/MEETING_FORMAT_ERROR}}
  </div>
  <fieldset class="fieldset"{{#CHANNELS_ERROR}} aria-describedby="channels-error"{{/CHANNELS_ERROR}}>
  <legend>[[register.network.channels]]</legend>
  {{#CHANNEL}}<div class="field field--checkbox"><input id="channel-{{VALUE}}" name="channels" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="channel-{{VALUE}}">{{LABEL}}</label></div>{{/CHANNEL}}
  {{#CHANNELS_ERROR}}<p class="field-error" id="channels-error">{{MESSAGE}}</p>{{/CHANNELS_ERROR}}
  </fieldset>
  <div class="field">
    <label for="work_forms">[[register.network.work_forms]]</label>
    <textarea id="work_forms" name="work_forms" rows="4"{{#WORK_FORMS_ERROR}} aria-invalid="true" aria-describedby="work_forms-error"{{/WORK_FORMS_ERROR}}>{{WORK_FORMS}}</textarea>
    {{#WORK_FORMS_ERROR}}<p class="field-error" id="work_forms-error">{{MESSAGE}}</p>{{/WORK_FORMS_ERROR}}
  </div>
  <div class="field">
    <label for="lead_organisation_id">[[register.network.lead]]</label>
    <select id="lead_organisation_id" name="lead_organisation_id"{{#LEAD_ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="lead_organisation_id-error"{{/LEAD_ORGANISATION_ID_ERROR}}><option value="">[[register.none]]</option>{{#LEAD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LEAD_OPTION}}</select>
    {{#LEAD_ORGANISATION_ID_ERROR}}<p class="field-error" id="lead_organisation_id-error">{{MESSAGE}}</p>{{/LEAD_ORGANISATION_ID_ERROR}}
  </div>
  <fieldset class="fieldset"{{#MUNICIPALITY_IDS_ERROR}} aria-describedby="municipality_ids-error"{{/MUNICIPALITY_IDS_ERROR}}>
  <legend>[[register.network.municipalities]]</legend>
  <p class="hint">[[register.network.municipalities_hint]]</p>
  {{#MUNICIPALITY}}<div class="field field--checkbox"><input id="municipality-{{VALUE}}" name="municipality_ids" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="municipality-{{VALUE}}">{{LABEL}}</label></div>{{/MUNICIPALITY}}
  {{#MUNICIPALITY_IDS_ERROR}}<p class="field-error" id="municipality_ids-error">{{MESSAGE}}</p>{{/MUNICIPALITY_IDS_ERROR}}
  </fieldset>
  <div class="field">
    <label for="status">[[register.network.status]]</label>
    <select id="status" name="status"{{#STATUS_ERROR}} aria-invalid="true" aria-describedby="status-error"{{/STATUS_ERROR}}>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    {{#STATUS_ERROR}}<p class="field-error" id="status-error">{{MESSAGE}}</p>{{/STATUS_ERROR}}
  </div>
  <div class="field">
    <label for="started_on">[[register.network.started_on]]</label>
    <input id="started_on" name="started_on" type="text" value="{{STARTED_ON}}" aria-describedby="started_on-hint{{#STARTED_ON_ERROR}} started_on-error{{/STARTED_ON_ERROR}}"{{#STARTED_ON_ERROR}} aria-invalid="true"{{/STARTED_ON_ERROR}}>
    <p class="hint" id="started_on-hint">[[register.date_hint]]</p>
    {{#STARTED_ON_ERROR}}<p class="field-error" id="started_on-error">{{MESSAGE}}</p>{{/STARTED_ON_ERROR}}
  </div>
  <div class="field">
    <label for="status_since">[[register.network.status_since]]</label>
    <input id="status_since" name="status_since" type="text" value="{{STATUS_SINCE}}" aria-describedby="status_since-hint{{#STATUS_SINCE_ERROR}} status_since-error{{/STATUS_SINCE_ERROR}}"{{#STATUS_SINCE_ERROR}} aria-invalid="true"{{/STATUS_SINCE_ERROR}}>
    <p class="hint" id="status_since-hint">[[register.network.status_since_hint]]</p>
    {{#STATUS_SINCE_ERROR}}<p class="field-error" id="status_since-error">{{MESSAGE}}</p>{{/STATUS_SINCE_ERROR}}
  </div>
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
