{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="name">[[register.contact.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" required autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <div class="field">
    <label for="function">[[register.contact.function]]</label>
    <input id="function" name="function" type="text" value="{{FUNCTION}}" autocomplete="off"{{#FUNCTION_ERROR}} aria-invalid="true" aria-describedby="function-error"{{/FUNCTION_ERROR}}>
    {{#FUNCTION_ERROR}}<p class="field-error" id="function-error">{{MESSAGE}}</p>{{/FUNCTION_ERROR}}
  </div>
  <div class="field">
    <label for="organisation_id">[[register.contact.organisation]]</label>
    <select id="organisation_id" name="organisation_id"{{#ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="organisation_id-error"{{/ORGANISATION_ID_ERROR}}><option value="">[[register.choose]]</option>{{#ORGANISATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORGANISATION_OPTION}}</select>
    {{#ORGANISATION_ID_ERROR}}<p class="field-error" id="organisation_id-error">{{MESSAGE}}</p>{{/ORGANISATION_ID_ERROR}}
  </div>
  <div class="field">
    <label for="email">[[register.contact.email]]</label>
    <input id="email" name="email" type="email" value="{{EMAIL}}" autocomplete="off"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    {{#EMAIL_ERROR}}<p class="field-error" id="email-error">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
  </div>
  <div class="field">
    <label for="phone">[[register.contact.phone]]</label>
    <input id="phone" name="phone" type="tel" value="{{PHONE}}" autocomplete="off"{{#PHONE_ERROR}} aria-invalid="true" aria-describedby="phone-error"{{/PHONE_ERROR}}>
    {{#PHONE_ERROR}}<p class="field-error" id="phone-error">{{MESSAGE}}</p>{{/PHONE_ERROR}}
  </div>
  <div class="field">
    <label for="languages">[[register.contact.languages]]</label>
    <input id="languages" name="languages" type="text" value="{{LANGUAGES}}" aria-describedby="languages-hint{{#LANGUAGES_ERROR}} languages-error{{/LANGUAGES_ERROR}}"{{#LANGUAGES_ERROR}} aria-invalid="true"{{/LANGUAGES_ERROR}}>
    <p class="hint" id="languages-hint">[[register.organisation.languages_hint]]</p>
    {{#LANGUAGES_ERROR}}<p class="field-error" id="languages-error">{{MESSAGE}}</p>{{/LANGUAGES_ERROR}}
  </div>
  <fieldset class="fieldset"{{#DATA_BASIS_ERROR}} aria-describedby="data_basis-error"{{/DATA_BASIS_ERROR}}>
  <legend>[[register.contact.data_basis]]</legend>
  <div class="field field--checkbox">
    <input id="data_basis_consent" name="data_basis" type="radio" value="consent"{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}}>
    <label for="data_basis_consent">[[register.data_basis.consent]]</label>
  </div>
  <div class="field field--checkbox">
    <input id="data_basis_interest" name="data_basis" type="radio" value="legitimate_interest"{{#INTEREST_CHECKED}} checked{{/INTEREST_CHECKED}}>
    <label for="data_basis_interest">[[register.data_basis.legitimate_interest]]</label>
  </div>
  {{#DATA_BASIS_ERROR}}<p class="field-error" id="data_basis-error">{{MESSAGE}}</p>{{/DATA_BASIS_ERROR}}
  <div class="field">
    <label for="consent_date">[[register.contact.consent_date]]</label>
    <input id="consent_date" name="consent_date" type="text" value="{{CONSENT_DATE}}" aria-describedby="consent_date-hint{{#CONSENT_DATE_ERROR}} consent_date-error{{/CONSENT_DATE_ERROR}}"{{#CONSENT_DATE_ERROR}} aria-invalid="true"{{/CONSENT_DATE_ERROR}}>
    <p class="hint" id="consent_date-hint">[[register.contact.consent_date_hint]]</p>
    {{#CONSENT_DATE_ERROR}}<p class="field-error" id="consent_date-error">{{MESSAGE}}</p>{{/CONSENT_DATE_ERROR}}
  </div>
  </fieldset>
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
