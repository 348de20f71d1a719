{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="back_network" value="{{BACK_NETWORK}}">
  <div class="field">
    <label for="date">[[register.transfer.date]]</label>
    <input id="date" name="date" type="text" value="{{DATE}}" aria-describedby="date-hint{{#DATE_ERROR}} date-error{{/DATE_ERROR}}"{{#DATE_ERROR}} aria-invalid="true"{{/DATE_ERROR}}>
    <p class="hint" id="date-hint">[[register.date_hint]]</p>
    {{#DATE_ERROR}}<p class="field-error" id="date-error">{{MESSAGE}}</p>{{/DATE_ERROR}}
  </div>
  <div class="field">
    <label for="topic">[[register.transfer.topic]]</label>
    <input id="topic" name="topic" type="text" value="{{TOPIC}}" autocomplete="off"{{#TOPIC_ERROR}} aria-invalid="true" aria-describedby="topic-error"{{/TOPIC_ERROR}}>
    {{#TOPIC_ERROR}}<p class="field-error" id="topic-error">{{MESSAGE}}</p>{{/TOPIC_ERROR}}
  </div>
  <fieldset class="fieldset">
  <legend>[[register.transfer.from_label]]</legend>
  <p class="hint" id="from-hint">[[register.transfer.end_hint]]</p>
  {{#FROM_ERROR}}<p class="field-error" id="from-error">{{MESSAGE}}</p>{{/FROM_ERROR}}
  <div class="field">
    <label for="from_network">[[register.transfer.network]]</label>
    <select id="from_network" name="from_network" aria-describedby="from-hint{{#FROM_ERROR}} from-error{{/FROM_ERROR}}"{{#FROM_ERROR}} aria-invalid="true"{{/FROM_ERROR}}><option value="">[[register.none]]</option>{{#FROM_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FROM_OPTION}}</select>
  </div>
  <div class="field">
    <label for="from_event">[[register.transfer.event]]</label>
    <input id="from_event" name="from_event" type="text" value="{{FROM_EVENT}}" autocomplete="off" aria-describedby="from-hint{{#FROM_ERROR}} from-error{{/FROM_ERROR}}"{{#FROM_ERROR}} aria-invalid="true"{{/FROM_ERROR}}>
  </div>
  </fieldset>
  <fieldset class="fieldset">
  <legend>[[register.transfer.to_label]]</legend>
  <p class="hint" id="to-hint">[[register.transfer.end_hint]]</p>
  {{#TO_ERROR}}<p class="field-error" id="to-error">{{MESSAGE}}</p>{{/TO_ERROR}}
  <div class="field">
    <label for="to_network">[[register.transfer.network]]</label>
    <select id="to_network" name="to_network" aria-describedby="to-hint{{#TO_ERROR}} to-error{{/TO_ERROR}}"{{#TO_ERROR}} aria-invalid="true"{{/TO_ERROR}}><option value="">[[register.none]]</option>{{#TO_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TO_OPTION}}</select>
  </div>
  <div class="field">
    <label for="to_event">[[register.transfer.event]]</label>
    <input id="to_event" name="to_event" type="text" value="{{TO_EVENT}}" autocomplete="off" aria-describedby="to-hint{{#TO_ERROR}} to-error{{/TO_ERROR}}"{{#TO_ERROR}} aria-invalid="true"{{/TO_ERROR}}>
  </div>
  </fieldset>
  <div class="field">
    <label for="result">[[register.transfer.result]]</label>
    <textarea id="result" name="result" rows="4"{{#RESULT_ERROR}} aria-invalid="true" aria-describedby="result-error"{{/RESULT_ERROR}}>{{RESULT}}</textarea>
    {{#RESULT_ERROR}}<p class="field-error" id="result-error">{{MESSAGE}}</p>{{/RESULT_ERROR}}
  </div>
  <button type="submit" class="button">{{SUBMIT}}</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
{{#DELETE}}
<h2 id="delete-heading">[[register.transfer.delete_title]]</h2>
<p>[[register.delete_confirm]]</p>
<form method="post" action="/transfers/{{ID}}/delete" class="form" aria-labelledby="delete-heading">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[register.delete_submit]]</button>
</form>
{{/DELETE}}
