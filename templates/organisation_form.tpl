{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="name">[[register.organisation.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" required autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  {{#STAFF_FIELDS}}
  <div class="field">
    <label for="type">[[register.organisation.type]]</label>
    <select id="type" name="type"{{#TYPE_ERROR}} aria-invalid="true" aria-describedby="type-error"{{/TYPE_ERROR}}><option value="">[[register.choose]]</option>{{#TYPE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select>
    {{#TYPE_ERROR}}<p class="field-error" id="type-error">{{MESSAGE}}</p>{{/TYPE_ERROR}}
  </div>
  {{/STAFF_FIELDS}}
  <div class="field">
    <label for="municipality_id">[[register.organisation.municipality]]</label>
    <select id="municipality_id" name="municipality_id"{{#MUNICIPALITY_ID_ERROR}} aria-invalid="true" aria-describedby="municipality_id-error"{{/MUNICIPALITY_ID_ERROR}}><option value="">[[register.none]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
    {{#MUNICIPALITY_ID_ERROR}}<p class="field-error" id="municipality_id-error">{{MESSAGE}}</p>{{/MUNICIPALITY_ID_ERROR}}
  </div>
  <div class="field">
    <label for="address">[[register.organisation.address]]</label>
    <input id="address" name="address" type="text" value="{{ADDRESS}}" autocomplete="off"{{#ADDRESS_ERROR}} aria-invalid="true" aria-describedby="address-error"{{/ADDRESS_ERROR}}>
    {{#ADDRESS_ERROR}}<p class="field-error" id="address-error">{{MESSAGE}}</p>{{/ADDRESS_ERROR}}
  </div>
  <div class="field">
    <label for="website">[[register.organisation.website]]</label>
    <input id="website" name="website" type="url" value="{{WEBSITE}}" autocomplete="off" aria-describedby="website-hint{{#WEBSITE_ERROR}} website-error{{/WEBSITE_ERROR}}"{{#WEBSITE_ERROR}} aria-invalid="true"{{/WEBSITE_ERROR}}>
    <p class="hint" id="website-hint">[[register.organisation.website_hint]]</p>
    {{#WEBSITE_ERROR}}<p class="field-error" id="website-error">{{MESSAGE}}</p>{{/WEBSITE_ERROR}}
  </div>
  <div class="field">
    <label for="email">[[register.organisation.email]]</label>
    <input id="email" name="email" type="email" value="{{EMAIL}}" autocomplete="off"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    {{#EMAIL_ERROR}}<p class="field-error" id="email-error">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
  </div>
  <div class="field">
    <label for="phone">[[register.organisation.phone]]</label>
    <input id="phone" name="phone" type="tel" value="{{PHONE}}" autocomplete="off"{{#PHONE_ERROR}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_ERROR}}>
    {{#PHONE_ERROR}}<p class="field-error" id="phone-error">{{MESSAGE}}</p>{{/PHONE_ERROR}}
  </div>
  <div class="field">
    <label for="languages">[[register.organisation.languages]]</label>
    <input id="languages" name="languages" type="text" value="{{LANGUAGES}}" aria-describedby="languages-hint{{#LANGUAGES_ERROR}} languages-error{{/LANGUAGES_ERROR}}"{{#LANGUAGES_ERROR}} aria-invalid="true"{{/LANGUAGES_ERROR}}>
    <p class="hint" id="languages-hint">[[register.organisation.languages_hint]]</p>
    {{#LANGUAGES_ERROR}}<p class="field-error" id="languages-error">{{MESSAGE}}</p>{{/LANGUAGES_ERROR}}
  </div>
  <div class="field">
    <label for="tags">[[register.organisation.tags]]</label>
    <input id="tags" name="tags" type="text" value="{{TAGS}}" aria-describedby="tags-hint{{#TAGS_ERROR}} tags-error{{/TAGS_ERROR}}"{{#TAGS_ERROR}} aria-invalid="true"{{/TAGS_ERROR}}>
    <p class="hint" id="tags-hint">[[register.organisation.tags_hint]]</p>
    {{#TAGS_ERROR}}<p class="field-error" id="tags-error">{{MESSAGE}}</p>{{/TAGS_ERROR}}
  </div>
  <div class="field">
    <label for="notes">[[register.organisation.notes]]</label>
    <textarea id="notes" name="notes" rows="4"{{#NOTES_ERROR}} aria-invalid="true" aria-describedby="notes-error"{{/NOTES_ERROR}}>{{NOTES}}</textarea>
    {{#NOTES_ERROR}}<p class="field-error" id="notes-error">{{MESSAGE}}</p>{{/NOTES_ERROR}}
  </div>
  {{#STAFF_FIELDS}}
  <div class="field field--checkbox">
    <input id="active" name="active" type="checkbox" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}}{{#ACTIVE_ERROR}} aria-invalid="true" aria-describedby="active-error"{{/ACTIVE_ERROR}}>
    <label for="active">[[register.organisation.active_label]]</label>
  </div>
  {{#ACTIVE_ERROR}}<p class="field-error" id="active-error">{{MESSAGE}}</p>{{/ACTIVE_ERROR}}
  {{/STAFF_FIELDS}}
  <fieldset class="fieldset">
  <legend>[[register.organisation.company_legend]]</legend>
  <div class="field">
    <label for="size">[[register.organisation.size]]</label>
    <select id="size" name="size"{{#SIZE_ERROR}} aria-invalid="true" aria-describedby="size-error"{{/SIZE_ERROR}}><option value="">[[register.none]]</option>{{#SIZE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SIZE_OPTION}}</select>
    {{#SIZE_ERROR}}<p class="field-error" id="size-error">{{MESSAGE}}</p>{{/SIZE_ERROR}}
  </div>
  <div class="field">
    <label for="sector">[[register.organisation.sector]]</label>
    <input id="sector" name="sector" type="text" value="{{SECTOR}}" autocomplete="off"{{#SECTOR_ERROR}} aria-invalid="true" aria-describedby="sector-error"{{/SECTOR_ERROR}}>
    {{#SECTOR_ERROR}}<p class="field-error" id="sector-error">{{MESSAGE}}</p>{{/SECTOR_ERROR}}
  </div>
  <div class="field field--checkbox">
    <input id="migrant_led" name="migrant_led" type="checkbox" value="1"{{#MIGRANT_LED_CHECKED}} checked{{/MIGRANT_LED_CHECKED}}{{#MIGRANT_LED_ERROR}} aria-invalid="true" aria-describedby="migrant_led-error"{{/MIGRANT_LED_ERROR}}>
    <label for="migrant_led">[[register.organisation.migrant_led]]</label>
  </div>
  {{#MIGRANT_LED_ERROR}}<p class="field-error" id="migrant_led-error">{{MESSAGE}}</p>{{/MIGRANT_LED_ERROR}}
  <div class="field field--checkbox">
    <input id="may_train" name="may_train" type="checkbox" value="1"{{#MAY_TRAIN_CHECKED}} checked{{/MAY_TRAIN_CHECKED}}{{#MAY_TRAIN_ERROR}} aria-invalid="true" aria-describedby="may_train-error"{{/MAY_TRAIN_ERROR}}>
    <label for="may_train">[[register.organisation.may_train]]</label>
  </div>
  {{#MAY_TRAIN_ERROR}}<p class="field-error" id="may_train-error">{{MESSAGE}}</p>{{/MAY_TRAIN_ERROR}}
  <div class="field field--checkbox">
    <input id="trains_now" name="trains_now" type="checkbox" value="1"{{#TRAINS_NOW_CHECKED}} checked{{/TRAINS_NOW_CHECKED}}{{#TRAINS_NOW_ERROR}} aria-invalid="true" aria-describedby="trains_now-error"{{/TRAINS_NOW_ERROR}}>
    <label for="trains_now">[[register.organisation.trains_now]]</label>
  </div>
  {{#TRAINS_NOW_ERROR}}<p class="field-error" id="trains_now-error">{{MESSAGE}}</p>{{/TRAINS_NOW_ERROR}}
  </fieldset>
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
