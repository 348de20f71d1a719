{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
<h1>[[plans.adopt.title]]</h1>
<p>[[plans.adopt.intro]]</p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/plans/{{PLAN_ID}}/adopt" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="adopted_on">[[plans.adopt.date]]</label>
    <input id="adopted_on" name="adopted_on" type="date" value="{{ADOPTED_ON}}" required{{#ADOPTED_ON_ERROR}} aria-invalid="true" aria-describedby="adopted_on-error"{{/ADOPTED_ON_ERROR}}>
    {{#ADOPTED_ON_ERROR}}<p class="field-error" id="adopted_on-error">{{MESSAGE}}</p>{{/ADOPTED_ON_ERROR}}
  </div>
  <div class="field">
    <label for="occasion">[[plans.adopt.occasion]]</label>
    <input id="occasion" name="occasion" type="text" value="{{OCCASION}}" required autocomplete="off"{{#OCCASION_ERROR}} aria-invalid="true" aria-describedby="occasion-error"{{/OCCASION_ERROR}}>
    {{#OCCASION_ERROR}}<p class="field-error" id="occasion-error">{{MESSAGE}}</p>{{/OCCASION_ERROR}}
  </div>
  <fieldset class="fieldset"{{#AGREEMENTS_ERROR}} aria-describedby="agreements-error"{{/AGREEMENTS_ERROR}}>
  <legend>[[plans.adopt.agreements]]</legend>
  {{#NO_PARTNERS}}<p>[[plans.adopt.no_partners]]</p>{{/NO_PARTNERS}}
  {{#AGREEMENTS_ERROR}}<p class="field-error" id="agreements-error">{{MESSAGE}}</p>{{/AGREEMENTS_ERROR}}
  {{#PARTNER}}<div class="agreement">
    <div class="field field--checkbox"><input id="agree-{{ORGANISATION_ID}}" name="agree" type="checkbox" value="{{ORGANISATION_ID}}"{{#CHECKED}} checked{{/CHECKED}}><label for="agree-{{ORGANISATION_ID}}">{{NAME}}</label></div>
    <div class="field"><label for="person-{{ORGANISATION_ID}}">[[plans.agreement.person]] ({{NAME}})</label><input id="person-{{ORGANISATION_ID}}" name="person_{{ORGANISATION_ID}}" type="text" value="{{PERSON}}" autocomplete="off"></div>
    <div class="field"><label for="agreed-{{ORGANISATION_ID}}">[[plans.agreement.date]] ({{NAME}})</label><input id="agreed-{{ORGANISATION_ID}}" name="agreed_on_{{ORGANISATION_ID}}" type="date" value="{{AGREED_ON}}"></div>
  </div>{{/PARTNER}}
  </fieldset>
  <button type="submit" class="button">[[plans.adopt.submit]]</button>
  <a href="/plans/{{PLAN_ID}}">[[common.cancel]]</a>
</form>
