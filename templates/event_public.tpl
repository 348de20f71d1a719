{{%AUTOESCAPE context="HTML"}}
{{#CONTENT_TITLE}}<h1 lang="{{LANG}}" dir="{{DIR}}">{{TEXT}}</h1>{{/CONTENT_TITLE}}
<nav class="content-languages" aria-label="[[events.public.languages]]">
  <ul>{{#LANGUAGE_LINK}}<li><a href="{{HREF}}" lang="{{CODE}}" hreflang="{{CODE}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{NAME}}</a></li>{{/LANGUAGE_LINK}}</ul>
</nav>
{{#GERMAN_ONLY}}<p class="notice" role="note">[[events.public.german_only]]</p>{{/GERMAN_ONLY}}
<dl class="details">
  <dt>[[events.field.format]]</dt><dd>{{FORMAT}}</dd>
  <dt>[[events.field.when]]</dt><dd>{{WHEN}}</dd>
  <dt>[[events.field.place]]</dt><dd>{{PLACE}} {{MUNICIPALITY}}</dd>
  <dt>[[events.field.organiser]]</dt><dd>{{ORGANISER}}</dd>
  <dt>[[events.field.audience]]</dt><dd>{{AUDIENCE}}</dd>
</dl>
<p class="places">{{PLACES}}</p>
{{#CONTENT_DESCRIPTION}}<p class="prewrap" lang="{{LANG}}" dir="{{DIR}}">{{TEXT}}</p>{{/CONTENT_DESCRIPTION}}
<p><a href="/e/{{PUBLIC_ID}}/event.ics" download>[[events.detail.ics]]</a></p>
{{#CLOSED}}<p class="notice" role="status">[[events.public.closed]]</p>{{/CLOSED}}
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
{{#OPEN}}
<h2>[[events.public.register]]</h2>
<form method="post" action="/e/{{PUBLIC_ID}}?lang={{CONTENT_LANGUAGE}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="name">[[events.registration.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" required autocomplete="name"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <div class="field">
    <label for="email">[[events.registration.email]]</label>
    <input id="email" name="email" type="email" value="{{EMAIL}}" required autocomplete="email"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    {{#EMAIL_ERROR}}<p class="field-error" id="email-error">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
  </div>
  <div class="field">
    <label for="organisation_name">[[events.registration.organisation_optional]]</label>
    <input id="organisation_name" name="organisation_name" type="text" value="{{ORGANISATION_NAME}}" autocomplete="organization"{{#ORGANISATION_NAME_ERROR}} aria-invalid="true" aria-describedby="organisation_name-error"{{/ORGANISATION_NAME_ERROR}}>
    {{#ORGANISATION_NAME_ERROR}}<p class="field-error" id="organisation_name-error">{{MESSAGE}}</p>{{/ORGANISATION_NAME_ERROR}}
  </div>
  <div class="field field--checkbox">
    <input id="consent" name="consent" type="checkbox" value="1" required{{#CONSENT_CHECKED}} checked{{/CONSENT_CHECKED}}{{#CONSENT_ERROR}} aria-invalid="true" aria-describedby="consent-error"{{/CONSENT_ERROR}}>
    <label for="consent">[[events.public.consent]]</label>
    {{#CONSENT_ERROR}}<p class="field-error" id="consent-error">{{MESSAGE}}</p>{{/CONSENT_ERROR}}
  </div>
  <button type="submit" class="button">[[events.public.submit]]</button>
</form>
{{/OPEN}}
