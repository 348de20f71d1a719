{{%AUTOESCAPE context="HTML"}}
<h1>[[events.registrations.title]]: {{EVENT_TITLE}}</h1>
<p><a href="/events/{{ID}}">[[events.registrations.back]]</a> · <a href="/events/{{ID}}/check-in">[[events.check_in_list.title]]</a> · [[events.field.capacity]]: {{CAPACITY}}</p>
{{#PERSONAL_LINK}}<div class="notice" role="status"><p><label for="personal_link">[[events.registrations.personal_link]]</label><br><input id="personal_link" type="text" readonly size="70" value="{{URL}}"></p><p>[[events.registrations.personal_link_hint]]</p></div>{{/PERSONAL_LINK}}
{{#EMPTY}}<p>[[events.registrations.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[events.registrations.title]]</caption>
  <thead><tr><th scope="col">[[events.registration.name]]</th><th scope="col">[[events.registration.email]]</th><th scope="col">[[events.registration.organisation]]</th><th scope="col">[[events.registration.status]]</th><th scope="col">[[events.registration.by]]</th><th scope="col">[[events.registrations.actions]]</th></tr></thead>
  <tbody>
  {{#REGISTRATION}}<tr><td>{{NAME}}</td><td>{{EMAIL}}</td><td>{{ORGANISATION}}</td><td>{{STATUS}}</td><td>{{BY}}</td><td>
    {{#MAY_CHECK_IN}}<a href="/events/{{ID}}/registrations/{{REGISTRATION_ID}}/check-in">[[events.check_in.open]]<span class="visually-hidden">: {{NAME}}</span></a>
    <a href="/events/{{ID}}/registrations/{{REGISTRATION_ID}}/qr.svg">[[events.qr.title]]<span class="visually-hidden">: {{NAME}}</span></a>{{/MAY_CHECK_IN}}
    {{#MAY_CANCEL}}<form method="post" action="/events/{{ID}}/registrations/{{REGISTRATION_ID}}/cancel" class="inline-form">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <button type="submit" class="button button--quiet">[[events.registrations.cancel]]<span class="visually-hidden">: {{NAME}}</span></button>
    </form>{{/MAY_CANCEL}}</td></tr>{{/REGISTRATION}}
  </tbody>
</table>
</div>
<h2>[[events.registrations.manual]]</h2>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/events/{{ID}}/registrations" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="name">[[events.registration.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" required autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <div class="field">
    <label for="email">[[events.registration.email]]</label>
    <input id="email" name="email" type="email" value="{{EMAIL}}" required autocomplete="off"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    {{#EMAIL_ERROR}}<p class="field-error" id="email-error">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
  </div>
  <div class="field">
    <label for="organisation_id">[[events.registration.organisation_register]]</label>
    <select id="organisation_id" name="organisation_id"{{#ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="organisation_id-error"{{/ORGANISATION_ID_ERROR}}><option value="">[[register.none]]</option>{{#ORGANISATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORGANISATION_OPTION}}</select>
    {{#ORGANISATION_ID_ERROR}}<p class="field-error" id="organisation_id-error">{{MESSAGE}}</p>{{/ORGANISATION_ID_ERROR}}
  </div>
  <div class="field">
    <label for="organisation_name">[[events.registration.organisation_other]]</label>
    <input id="organisation_name" name="organisation_name" type="text" value="{{ORGANISATION_NAME}}"{{#ORGANISATION_NAME_ERROR}} aria-invalid="true" aria-describedby="organisation_name-error"{{/ORGANISATION_NAME_ERROR}}>
    {{#ORGANISATION_NAME_ERROR}}<p class="field-error" id="organisation_name-error">{{MESSAGE}}</p>{{/ORGANISATION_NAME_ERROR}}
  </div>
  <div class="field field--checkbox">
    <input id="consent" name="consent" type="checkbox" value="1"{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}}>
    <label for="consent">[[events.registration.consent_staff]]</label>
  </div>
  <button type="submit" class="button">[[events.registrations.submit]]</button>
</form>
