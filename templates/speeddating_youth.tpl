{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p><a href="/events/{{ID}}/speeddating">[[speeddating.back]]</a> · {{EVENT_TITLE}}</p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="name">[[speeddating.youth.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <div class="field">
    <label for="school">[[speeddating.youth.school]]</label>
    <input id="school" name="school" type="text" value="{{SCHOOL}}"{{#SCHOOL_ERROR}} aria-invalid="true" aria-describedby="school-error"{{/SCHOOL_ERROR}}>
    {{#SCHOOL_ERROR}}<p class="field-error" id="school-error">{{MESSAGE}}</p>{{/SCHOOL_ERROR}}
  </div>
  <div class="field">
    <label for="occupations">[[speeddating.field.occupations]]</label>
    <p class="hint" id="occupations-hint">[[speeddating.field.occupations_hint]]</p><select id="occupations" name="occupations" multiple size="8" aria-describedby="occupations-hint{{#OCCUPATIONS_ERROR}} occupations-error{{/OCCUPATIONS_ERROR}}"{{#OCCUPATIONS_ERROR}} aria-invalid="true"{{/OCCUPATIONS_ERROR}}>{{#OCCUPATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OCCUPATION_OPTION}}</select>
    {{#OCCUPATIONS_ERROR}}<p class="field-error" id="occupations-error">{{MESSAGE}}</p>{{/OCCUPATIONS_ERROR}}
  </div>
  <div class="field">
    <label for="languages">[[speeddating.field.languages]]</label>
    <p class="hint" id="languages-hint">[[speeddating.field.languages_hint]]</p><input id="languages" name="languages" type="text" value="{{LANGUAGES}}" aria-describedby="languages-hint{{#LANGUAGES_ERROR}} languages-error{{/LANGUAGES_ERROR}}"{{#LANGUAGES_ERROR}} aria-invalid="true"{{/LANGUAGES_ERROR}}>
    {{#LANGUAGES_ERROR}}<p class="field-error" id="languages-error">{{MESSAGE}}</p>{{/LANGUAGES_ERROR}}
  </div>
  <div class="field field--checkbox"><input id="prepared" name="prepared" type="checkbox" value="1"{{#PREPARED_CHECKED}} checked{{/PREPARED_CHECKED}}><label for="prepared">[[speeddating.youth.prepared]]</label></div>
  <div class="field">
    <label for="municipality_id">[[speeddating.field.municipality]]</label>
    <select id="municipality_id" name="municipality_id"{{#MUNICIPALITY_ID_ERROR}} aria-invalid="true" aria-describedby="municipality_id-error"{{/MUNICIPALITY_ID_ERROR}}><option value="">[[speeddating.none]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
    {{#MUNICIPALITY_ID_ERROR}}<p class="field-error" id="municipality_id-error">{{MESSAGE}}</p>{{/MUNICIPALITY_ID_ERROR}}
  </div>
  <div class="field">
    <label for="first_slot">[[speeddating.youth.first_slot]]</label>
    <select id="first_slot" name="first_slot"{{#FIRST_SLOT_ERROR}} aria-invalid="true" aria-describedby="first_slot-error"{{/FIRST_SLOT_ERROR}}><option value="">[[speeddating.window.from_start]]</option>{{#FIRST_SLOT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIRST_SLOT_OPTION}}</select>
    {{#FIRST_SLOT_ERROR}}<p class="field-error" id="first_slot-error">{{MESSAGE}}</p>{{/FIRST_SLOT_ERROR}}
  </div>
  <div class="field">
    <label for="last_slot">[[speeddating.youth.last_slot]]</label>
    <select id="last_slot" name="last_slot"{{#LAST_SLOT_ERROR}} aria-invalid="true" aria-describedby="last_slot-error"{{/LAST_SLOT_ERROR}}><option value="">[[speeddating.window.to_end]]</option>{{#LAST_SLOT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LAST_SLOT_OPTION}}</select>
    {{#LAST_SLOT_ERROR}}<p class="field-error" id="last_slot-error">{{MESSAGE}}</p>{{/LAST_SLOT_ERROR}}
  </div>
  <div class="field">
    <label for="max_talks">[[speeddating.youth.max_talks]]</label>
    <input id="max_talks" name="max_talks" type="number" value="{{MAX_TALKS}}" min="1" max="40"{{#MAX_TALKS_ERROR}} aria-invalid="true" aria-describedby="max_talks-error"{{/MAX_TALKS_ERROR}}>
    {{#MAX_TALKS_ERROR}}<p class="field-error" id="max_talks-error">{{MESSAGE}}</p>{{/MAX_TALKS_ERROR}}
  </div>
  <div class="field field--checkbox"><input id="no_show" name="no_show" type="checkbox" value="1"{{#NO_SHOW_CHECKED}} checked{{/NO_SHOW_CHECKED}}><label for="no_show">[[speeddating.field.no_show]]</label></div>
  <button type="submit" class="button">[[speeddating.save]]</button>
  <a href="/events/{{ID}}/speeddating">[[common.cancel]]</a>
</form>
{{#EXISTING}}<form method="post" action="/events/{{ID}}/speeddating/youths/{{YOUTH_ID}}/delete" class="inline-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[speeddating.youth.delete]]</button>
</form>{{/EXISTING}}
