{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="provider_id">[[offers.offer.provider]]</label>
    <select id="provider_id" name="provider_id"{{#PROVIDER_ID_ERROR}} aria-invalid="true" aria-describedby="provider_id-error"{{/PROVIDER_ID_ERROR}}><option value="">[[register.choose]]</option>{{#PROVIDER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PROVIDER_OPTION}}</select>
    {{#PROVIDER_ID_ERROR}}<p class="field-error" id="provider_id-error">{{MESSAGE}}</p>{{/PROVIDER_ID_ERROR}}
  </div>
  <div class="field">
    <label for="title">[[offers.offer.title_field]]</label>
    <input id="title" name="title" type="text" value="{{TITLE}}" autocomplete="off" required{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    {{#TITLE_ERROR}}<p class="field-error" id="title-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[offers.offer.description]]</label>
    <textarea id="description" name="description" rows="6"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <fieldset class="fieldset"{{#TARGET_GROUPS_ERROR}} aria-describedby="target_groups-error"{{/TARGET_GROUPS_ERROR}}>
  <legend>[[offers.offer.target_groups]]</legend>
  {{#TARGET_GROUP}}<div class="field field--checkbox"><input id="target-group-{{VALUE}}" name="target_groups" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="target-group-{{VALUE}}">{{LABEL}}</label></div>{{/TARGET_GROUP}}
  {{#TARGET_GROUPS_ERROR}}<p class="field-error" id="target_groups-error">{{MESSAGE}}</p>{{/TARGET_GROUPS_ERROR}}
  </fieldset>
  <div class="field">
    <label for="field">[[offers.offer.field]]</label>
    <select id="field" name="field"{{#FIELD_ERROR}} aria-invalid="true" aria-describedby="field-error"{{/FIELD_ERROR}}><option value="">[[register.choose]]</option>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>
    {{#FIELD_ERROR}}<p class="field-error" id="field-error">{{MESSAGE}}</p>{{/FIELD_ERROR}}
  </div>
  <div class="field">
    <label for="format">[[offers.offer.format]]</label>
    <select id="format" name="format"{{#FORMAT_ERROR}} aria-invalid="true" aria-describedby="format-error"{{/FORMAT_ERROR}}><option value="">[[register.choose]]</option>{{#FORMAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMAT_OPTION}}</select>
    {{#FORMAT_ERROR}}<p class="field-error" id="format-error">{{MESSAGE}}</p>{{/FORMAT_ERROR}}
  </div>
  <fieldset class="fieldset"{{#MUNICIPALITY_IDS_ERROR}} aria-describedby="municipality_ids-error"{{/MUNICIPALITY_IDS_ERROR}}>
  <legend>[[offers.offer.municipalities]]</legend>
  <p class="hint">[[offers.offer.municipalities_hint]]</p>
  {{#MUNICIPALITY}}<div class="field field--checkbox"><input id="municipality-{{VALUE}}" name="municipality_ids" type="checkbox" value="{{VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="municipality-{{VALUE}}">{{LABEL}}</label></div>{{/MUNICIPALITY}}
  {{#MUNICIPALITY_IDS_ERROR}}<p class="field-error" id="municipality_ids-error">{{MESSAGE}}</p>{{/MUNICIPALITY_IDS_ERROR}}
  </fieldset>
  <div class="field">
    <label for="languages">[[offers.offer.languages]]</label>
    <input id="languages" name="languages" type="text" value="{{LANGUAGES}}" autocomplete="off" aria-describedby="languages-hint{{#LANGUAGES_ERROR}} languages-error{{/LANGUAGES_ERROR}}"{{#LANGUAGES_ERROR}} aria-invalid="true"{{/LANGUAGES_ERROR}}>
    <p class="hint" id="languages-hint">[[offers.offer.languages_hint]]</p>
    {{#LANGUAGES_ERROR}}<p class="field-error" id="languages-error">{{MESSAGE}}</p>{{/LANGUAGES_ERROR}}
  </div>
  <div class="field">
    <label for="cost">[[offers.offer.cost]]</label>
    <input id="cost" name="cost" type="text" value="{{COST}}" autocomplete="off"{{#COST_ERROR}} aria-invalid="true" aria-describedby="cost-error"{{/COST_ERROR}}>
    {{#COST_ERROR}}<p class="field-error" id="cost-error">{{MESSAGE}}</p>{{/COST_ERROR}}
  </div>
  <div class="field field--checkbox">
    <input id="free_of_charge" name="free_of_charge" type="checkbox" value="1"{{#FREE_CHECKED}} checked{{/FREE_CHECKED}}>
    <label for="free_of_charge">[[offers.offer.free_of_charge]]</label>
  </div>
  {{#FREE_OF_CHARGE_ERROR}}<p class="field-error" id="free_of_charge-error">{{MESSAGE}}</p>{{/FREE_OF_CHARGE_ERROR}}
  <div class="field">
    <label for="schedule">[[offers.offer.schedule]]</label>
    <input id="schedule" name="schedule" type="text" value="{{SCHEDULE}}" autocomplete="off"{{#SCHEDULE_ERROR}} aria-invalid="true" aria-describedby="schedule-error"{{/SCHEDULE_ERROR}}>
    {{#SCHEDULE_ERROR}}<p class="field-error" id="schedule-error">{{MESSAGE}}</p>{{/SCHEDULE_ERROR}}
  </div>
  <div class="field">
    <label for="starts_on">[[offers.offer.starts_on]]</label>
    <input id="starts_on" name="starts_on" type="text" value="{{STARTS_ON}}" autocomplete="off" aria-describedby="starts_on-hint{{#STARTS_ON_ERROR}} starts_on-error{{/STARTS_ON_ERROR}}"{{#STARTS_ON_ERROR}} aria-invalid="true"{{/STARTS_ON_ERROR}}>
    <p class="hint" id="starts_on-hint">[[register.date_hint]]</p>
    {{#STARTS_ON_ERROR}}<p class="field-error" id="starts_on-error">{{MESSAGE}}</p>{{/STARTS_ON_ERROR}}
  </div>
  <div class="field">
    <label for="ends_on">[[offers.offer.ends_on]]</label>
    <input id="ends_on" name="ends_on" type="text" value="{{ENDS_ON}}" autocomplete="off" aria-describedby="ends_on-hint{{#ENDS_ON_ERROR}} ends_on-error{{/ENDS_ON_ERROR}}"{{#ENDS_ON_ERROR}} aria-invalid="true"{{/ENDS_ON_ERROR}}>
    <p class="hint" id="ends_on-hint">[[register.date_hint]]</p>
    {{#ENDS_ON_ERROR}}<p class="field-error" id="ends_on-error">{{MESSAGE}}</p>{{/ENDS_ON_ERROR}}
  </div>
  <div class="field">
    <label for="capacity">[[offers.offer.capacity]]</label>
    <input id="capacity" name="capacity" type="text" value="{{CAPACITY}}" autocomplete="off" inputmode="numeric"{{#CAPACITY_ERROR}} aria-invalid="true" aria-describedby="capacity-error"{{/CAPACITY_ERROR}}>
    {{#CAPACITY_ERROR}}<p class="field-error" id="capacity-error">{{MESSAGE}}</p>{{/CAPACITY_ERROR}}
  </div>
  <div class="field">
    <label for="funding_source">[[offers.offer.funding_source]]</label>
    <input id="funding_source" name="funding_source" type="text" value="{{FUNDING_SOURCE}}" autocomplete="off"{{#FUNDING_SOURCE_ERROR}} aria-invalid="true" aria-describedby="funding_source-error"{{/FUNDING_SOURCE_ERROR}}>
    {{#FUNDING_SOURCE_ERROR}}<p class="field-error" id="funding_source-error">{{MESSAGE}}</p>{{/FUNDING_SOURCE_ERROR}}
  </div>
  <div class="field">
    <label for="funding_ends_on">[[offers.offer.funding_ends_on]]</label>
    <input id="funding_ends_on" name="funding_ends_on" type="text" value="{{FUNDING_ENDS_ON}}" autocomplete="off" aria-describedby="funding_ends_on-hint{{#FUNDING_ENDS_ON_ERROR}} funding_ends_on-error{{/FUNDING_ENDS_ON_ERROR}}"{{#FUNDING_ENDS_ON_ERROR}} aria-invalid="true"{{/FUNDING_ENDS_ON_ERROR}}>
    <p class="hint" id="funding_ends_on-hint">[[offers.offer.funding_ends_on_hint]]</p>
    {{#FUNDING_ENDS_ON_ERROR}}<p class="field-error" id="funding_ends_on-error">{{MESSAGE}}</p>{{/FUNDING_ENDS_ON_ERROR}}
  </div>
  <div class="field">
    <label for="contact_id">[[offers.offer.contact]]</label>
    <select id="contact_id" name="contact_id"{{#CONTACT_ID_ERROR}} aria-invalid="true" aria-describedby="contact_id-error"{{/CONTACT_ID_ERROR}}><option value="">[[register.none]]</option>{{#CONTACT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/CONTACT_OPTION}}</select>
    {{#CONTACT_ID_ERROR}}<p class="field-error" id="contact_id-error">{{MESSAGE}}</p>{{/CONTACT_ID_ERROR}}
  </div>
  <div class="field">
    <label for="status">[[offers.offer.status]]</label>
    <select id="status" name="status"{{#STATUS_ERROR}} aria-invalid="true" aria-describedby="status-error"{{/STATUS_ERROR}}>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    {{#STATUS_ERROR}}<p class="field-error" id="status-error">{{MESSAGE}}</p>{{/STATUS_ERROR}}
  </div>
  <div class="field">
    <label for="last_verified_on">[[offers.offer.last_verified_on]]</label>
    <input id="last_verified_on" name="last_verified_on" type="text" value="{{LAST_VERIFIED_ON}}" autocomplete="off" aria-describedby="last_verified_on-hint{{#LAST_VERIFIED_ON_ERROR}} last_verified_on-error{{/LAST_VERIFIED_ON_ERROR}}"{{#LAST_VERIFIED_ON_ERROR}} aria-invalid="true"{{/LAST_VERIFIED_ON_ERROR}}>
    <p class="hint" id="last_verified_on-hint">[[register.date_hint]]</p>
    {{#LAST_VERIFIED_ON_ERROR}}<p class="field-error" id="last_verified_on-error">{{MESSAGE}}</p>{{/LAST_VERIFIED_ON_ERROR}}
  </div>
  {{#STAFF_FIELDS}}
  <div class="field field--checkbox">
    <input id="published" name="published" type="checkbox" value="1"{{#PUBLISHED_CHECKED}} checked{{/PUBLISHED_CHECKED}}>
    <label for="published">[[offers.offer.published_label]]</label>
  </div>
  {{#PUBLISHED_ERROR}}<p class="field-error" id="published-error">{{MESSAGE}}</p>{{/PUBLISHED_ERROR}}
  {{/STAFF_FIELDS}}
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
