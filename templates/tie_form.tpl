{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}: {{ORGANISATION_NAME}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="other_id">[[register.tie.other]]</label>
    <select id="other_id" name="other_id"{{#OTHER_ID_ERROR}} aria-invalid="true" aria-describedby="other_id-error"{{/OTHER_ID_ERROR}}><option value="">[[register.choose]]</option>{{#OTHER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OTHER_OPTION}}</select>
    {{#OTHER_ID_ERROR}}<p class="field-error" id="other_id-error">{{MESSAGE}}</p>{{/OTHER_ID_ERROR}}
  </div>
  <div class="field">
    <label for="kind">[[register.tie.kind]]</label>
    <select id="kind" name="kind"{{#KIND_ERROR}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_ERROR}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
    {{#KIND_ERROR}}<p class="field-error" id="kind-error">{{MESSAGE}}</p>{{/KIND_ERROR}}
  </div>
  <div class="field">
    <label for="direction">[[register.tie.direction]]</label>
    <select id="direction" name="direction">{{#DIRECTION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/DIRECTION_OPTION}}</select>
  </div>
  <div class="field">
    <label for="intensity">[[register.tie.intensity]]</label>
    <select id="intensity" name="intensity"{{#INTENSITY_ERROR}} aria-invalid="true" aria-describedby="intensity-error"{{/INTENSITY_ERROR}}>{{#INTENSITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/INTENSITY_OPTION}}</select>
    {{#INTENSITY_ERROR}}<p class="field-error" id="intensity-error">{{MESSAGE}}</p>{{/INTENSITY_ERROR}}
  </div>
  <div class="field">
    <label for="since">[[register.membership.since]]</label>
    <input id="since" name="since" type="text" value="{{SINCE}}" aria-describedby="since-hint{{#SINCE_ERROR}} since-error{{/SINCE_ERROR}}"{{#SINCE_ERROR}} aria-invalid="true"{{/SINCE_ERROR}}>
    <p class="hint" id="since-hint">[[register.date_hint]]</p>
    {{#SINCE_ERROR}}<p class="field-error" id="since-error">{{MESSAGE}}</p>{{/SINCE_ERROR}}
  </div>
  <div class="field">
    <label for="until">[[register.membership.until]]</label>
    <input id="until" name="until" type="text" value="{{UNTIL}}" aria-describedby="until-hint{{#UNTIL_ERROR}} until-error{{/UNTIL_ERROR}}"{{#UNTIL_ERROR}} aria-invalid="true"{{/UNTIL_ERROR}}>
    <p class="hint" id="until-hint">[[register.tie.until_hint]]</p>
    {{#UNTIL_ERROR}}<p class="field-error" id="until-error">{{MESSAGE}}</p>{{/UNTIL_ERROR}}
  </div>
  <div class="field">
    <label for="note">[[register.tie.note]]</label>
    <textarea id="note" name="note" rows="3"{{#NOTE_ERROR}} aria-invalid="true" aria-describedby="note-error"{{/NOTE_ERROR}}>{{NOTE}}</textarea>
    {{#NOTE_ERROR}}<p class="field-error" id="note-error">{{MESSAGE}}</p>{{/NOTE_ERROR}}
  </div>
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
