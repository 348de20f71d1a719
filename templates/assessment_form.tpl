{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.assessment.new_title]]</h1>
<p><a href="/offers/{{ID}}">{{OFFER_TITLE}}</a></p>
<p>[[offers.check.scoring]]</p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/offers/{{ID}}/assessments" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="assessed_on">[[offers.assessment.assessed_on]]</label>
    <input id="assessed_on" name="assessed_on" type="text" value="{{ASSESSED_ON}}" autocomplete="off" aria-describedby="assessed_on-hint{{#ASSESSED_ON_ERROR}} assessed_on-error{{/ASSESSED_ON_ERROR}}"{{#ASSESSED_ON_ERROR}} aria-invalid="true"{{/ASSESSED_ON_ERROR}}>
    <p class="hint" id="assessed_on-hint">[[register.date_hint]]</p>
    {{#ASSESSED_ON_ERROR}}<p class="field-error" id="assessed_on-error">{{MESSAGE}}</p>{{/ASSESSED_ON_ERROR}}
  </div>
  {{#CRITERION}}<fieldset class="fieldset"{{#RATING_ERROR}} aria-describedby="rating-{{CRITERION_ID}}-error"{{/RATING_ERROR}}>
  <legend>{{NAME}}</legend>
  {{#HAS_DESCRIPTION}}<p class="hint">{{CRITERION_DESCRIPTION}}</p>{{/HAS_DESCRIPTION}}
  {{#LEVEL}}<div class="field field--checkbox"><input id="rating-{{CRITERION_ID}}-{{LEVEL_VALUE}}" name="rating_{{CRITERION_ID}}" type="radio" value="{{LEVEL_VALUE}}"{{#CHECKED}} checked{{/CHECKED}}><label for="rating-{{CRITERION_ID}}-{{LEVEL_VALUE}}">{{LEVEL_LABEL}}</label></div>{{/LEVEL}}
  {{#RATING_ERROR}}<p class="field-error" id="rating-{{CRITERION_ID}}-error">{{MESSAGE}}</p>{{/RATING_ERROR}}
  <div class="field">
    <label for="evidence-{{CRITERION_ID}}">[[offers.assessment.evidence]]</label>
    <textarea id="evidence-{{CRITERION_ID}}" name="evidence_{{CRITERION_ID}}" rows="2">{{EVIDENCE}}</textarea>
  </div>
  </fieldset>{{/CRITERION}}
  <div class="field">
    <label for="actions">[[offers.assessment.actions]]</label>
    <textarea id="actions" name="actions" rows="4" aria-describedby="actions-hint{{#ACTIONS_ERROR}} actions-error{{/ACTIONS_ERROR}}"{{#ACTIONS_ERROR}} aria-invalid="true"{{/ACTIONS_ERROR}}>{{ACTIONS}}</textarea>
    <p class="hint" id="actions-hint">[[offers.assessment.actions_hint]]</p>
    {{#ACTIONS_ERROR}}<p class="field-error" id="actions-error">{{MESSAGE}}</p>{{/ACTIONS_ERROR}}
  </div>
  <div class="field">
    <label for="next_review_on">[[offers.assessment.next_review_on]]</label>
    <input id="next_review_on" name="next_review_on" type="text" value="{{NEXT_REVIEW_ON}}" autocomplete="off" aria-describedby="next_review_on-hint{{#NEXT_REVIEW_ON_ERROR}} next_review_on-error{{/NEXT_REVIEW_ON_ERROR}}"{{#NEXT_REVIEW_ON_ERROR}} aria-invalid="true"{{/NEXT_REVIEW_ON_ERROR}}>
    <p class="hint" id="next_review_on-hint">[[register.date_hint]]</p>
    {{#NEXT_REVIEW_ON_ERROR}}<p class="field-error" id="next_review_on-error">{{MESSAGE}}</p>{{/NEXT_REVIEW_ON_ERROR}}
  </div>
  <div class="field">
    <label for="note">[[offers.assessment.note]]</label>
    <textarea id="note" name="note" rows="3"{{#NOTE_ERROR}} aria-invalid="true" aria-describedby="note-error"{{/NOTE_ERROR}}>{{NOTE}}</textarea>
    {{#NOTE_ERROR}}<p class="field-error" id="note-error">{{MESSAGE}}</p>{{/NOTE_ERROR}}
  </div>
  <button type="submit" class="button">[[offers.assessment.create]]</button>
  <a href="/offers/{{ID}}">[[common.cancel]]</a>
</form>
