{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="format">[[events.field.format]]</label>
    <select id="format" name="format"{{#FORMAT_ERROR}} aria-invalid="true" aria-describedby="format-error"{{/FORMAT_ERROR}}>{{#FORMAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMAT_OPTION}}</select>
    {{#FORMAT_ERROR}}<p class="field-error" id="format-error">{{MESSAGE}}</p>{{/FORMAT_ERROR}}
  </div>
  <div class="field">
    <label for="title">[[events.field.title_de]]</label>
    <input id="title" name="title" type="text" lang="de" value="{{TITLE}}" required{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    {{#TITLE_ERROR}}<p class="field-error" id="title-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[events.field.description_de]]</label>
    <textarea id="description" name="description" lang="de" rows="5"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <div class="field">
    <label for="starts_at">[[events.field.starts_at]]</label>
    <input id="starts_at" name="starts_at" type="datetime-local" value="{{STARTS_AT}}" required aria-describedby="time-hint{{#STARTS_AT_ERROR}} starts_at-error{{/STARTS_AT_ERROR}}"{{#STARTS_AT_ERROR}} aria-invalid="true"{{/STARTS_AT_ERROR}}>
    <p class="hint" id="time-hint">[[events.field.time_hint]]</p>
    {{#STARTS_AT_ERROR}}<p class="field-error" id="starts_at-error">{{MESSAGE}}</p>{{/STARTS_AT_ERROR}}
  </div>
  <div class="field">
    <label for="ends_at">[[events.field.ends_at]]</label>
    <input id="ends_at" name="ends_at" type="datetime-local" value="{{ENDS_AT}}" required aria-describedby="time-hint{{#ENDS_AT_ERROR}} ends_at-error{{/ENDS_AT_ERROR}}"{{#ENDS_AT_ERROR}} aria-invalid="true"{{/ENDS_AT_ERROR}}>
    {{#ENDS_AT_ERROR}}<p class="field-error" id="ends_at-error">{{MESSAGE}}</p>{{/ENDS_AT_ERROR}}
  </div>
  <div class="field">
    <label for="place">[[events.field.place]]</label>
    <input id="place" name="place" type="text" value="{{PLACE}}"{{#PLACE_ERROR}} aria-invalid="true" aria-describedby="place-error"{{/PLACE_ERROR}}>
    {{#PLACE_ERROR}}<p class="field-error" id="place-error">{{MESSAGE}}</p>{{/PLACE_ERROR}}
  </div>
  <div class="field">
    <label for="municipality_id">[[events.field.municipality]]</label>
    <select id="municipality_id" name="municipality_id"{{#MUNICIPALITY_ID_ERROR}} aria-invalid="true" aria-describedby="municipality_id-error"{{/MUNICIPALITY_ID_ERROR}}><option value="">[[register.none]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
    {{#MUNICIPALITY_ID_ERROR}}<p class="field-error" id="municipality_id-error">{{MESSAGE}}</p>{{/MUNICIPALITY_ID_ERROR}}
  </div>
  <div class="field">
    <label for="organiser_id">[[events.field.organiser]]</label>
    <select id="organiser_id" name="organiser_id"{{#ORGANISER_ID_ERROR}} aria-invalid="true" aria-describedby="organiser_id-error"{{/ORGANISER_ID_ERROR}}><option value="">[[register.none]]</option>{{#ORGANISER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORGANISER_OPTION}}</select>
    {{#ORGANISER_ID_ERROR}}<p class="field-error" id="organiser_id-error">{{MESSAGE}}</p>{{/ORGANISER_ID_ERROR}}
  </div>
  <div class="field">
    <label for="co_organiser_ids">[[events.field.co_organisers]]</label>
    <select id="co_organiser_ids" name="co_organiser_ids" multiple size="6" aria-describedby="co-hint{{#CO_ORGANISER_IDS_ERROR}} co_organiser_ids-error{{/CO_ORGANISER_IDS_ERROR}}"{{#CO_ORGANISER_IDS_ERROR}} aria-invalid="true"{{/CO_ORGANISER_IDS_ERROR}}>{{#CO_ORGANISER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CO_ORGANISER_OPTION}}</select>
    <p class="hint" id="co-hint">[[events.field.multi_hint]]</p>
    {{#CO_ORGANISER_IDS_ERROR}}<p class="field-error" id="co_organiser_ids-error">{{MESSAGE}}</p>{{/CO_ORGANISER_IDS_ERROR}}
  </div>
  <fieldset class="fieldset"{{#NETWORK_IDS_ERROR}} aria-describedby="network_ids-error"{{/NETWORK_IDS_ERROR}}>
  <legend>[[events.field.networks]]</legend>
  {{#NETWORK}}<div class="field field--checkbox"><input id="network-{{VALUE}}" name="network_ids" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="network-{{VALUE}}">{{LABEL}}</label></div>{{/NETWORK}}
  {{#NETWORK_IDS_ERROR}}<p class="field-error" id="network_ids-error">{{MESSAGE}}</p>{{/NETWORK_IDS_ERROR}}
  </fieldset>
  <div class="field">
    <label for="audience">[[events.field.audience]]</label>
    <input id="audience" name="audience" type="text" value="{{AUDIENCE}}"{{#AUDIENCE_ERROR}} aria-invalid="true" aria-describedby="audience-error"{{/AUDIENCE_ERROR}}>
    {{#AUDIENCE_ERROR}}<p class="field-error" id="audience-error">{{MESSAGE}}</p>{{/AUDIENCE_ERROR}}
  </div>
  <div class="field">
    <label for="capacity">[[events.field.capacity]]</label>
    <input id="capacity" name="capacity" type="number" min="0" inputmode="numeric" value="{{CAPACITY}}" aria-describedby="capacity-hint{{#CAPACITY_ERROR}} capacity-error{{/CAPACITY_ERROR}}"{{#CAPACITY_ERROR}} aria-invalid="true"{{/CAPACITY_ERROR}}>
    <p class="hint" id="capacity-hint">[[events.field.capacity_hint]]</p>
    {{#CAPACITY_ERROR}}<p class="field-error" id="capacity-error">{{MESSAGE}}</p>{{/CAPACITY_ERROR}}
  </div>
  <div class="field">
    <label for="languages">[[events.field.languages]]</label>
    <input id="languages" name="languages" type="text" value="{{LANGUAGES}}" aria-describedby="languages-hint{{#LANGUAGES_ERROR}} languages-error{{/LANGUAGES_ERROR}}"{{#LANGUAGES_ERROR}} aria-invalid="true"{{/LANGUAGES_ERROR}}>
    <p class="hint" id="languages-hint">[[events.field.languages_hint]]</p>
    {{#LANGUAGES_ERROR}}<p class="field-error" id="languages-error">{{MESSAGE}}</p>{{/LANGUAGES_ERROR}}
  </div>
  <div class="field field--checkbox">
    <input id="registration_open" name="registration_open" type="checkbox" value="1"{{#REGISTRATION_OPEN}} checked{{/REGISTRATION_OPEN}}>
    <label for="registration_open">[[events.field.registration_open]]</label>
  </div>
  <h2>[[events.form.translations]]</h2>
  <p class="hint">[[events.form.translations_hint]]</p>
  {{#TRANSLATION}}
  <fieldset class="fieldset">
  <legend>{{LANGUAGE_NAME}}</legend>
  <div class="field">
    <label for="title_{{CODE}}">[[events.field.title]] ({{LANGUAGE_NAME}})</label>
    <input id="title_{{CODE}}" name="title_{{CODE}}" type="text" lang="{{CODE}}" dir="{{DIR}}" value="{{T_TITLE}}"{{#T_TITLE_ERROR}} aria-invalid="true" aria-describedby="title_{{CODE}}-error"{{/T_TITLE_ERROR}}>
    {{#T_TITLE_ERROR}}<p class="field-error" id="title_{{CODE}}-error">{{MESSAGE}}</p>{{/T_TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="description_{{CODE}}">[[events.field.description]] ({{LANGUAGE_NAME}})</label>
    <textarea id="description_{{CODE}}" name="description_{{CODE}}" lang="{{CODE}}" dir="{{DIR}}" rows="3"{{#T_DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description_{{CODE}}-error"{{/T_DESCRIPTION_ERROR}}>{{T_DESCRIPTION}}</textarea>
    {{#T_DESCRIPTION_ERROR}}<p class="field-error" id="description_{{CODE}}-error">{{MESSAGE}}</p>{{/T_DESCRIPTION_ERROR}}
  </div>
  </fieldset>
  {{/TRANSLATION}}
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
