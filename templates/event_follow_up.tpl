{{%AUTOESCAPE context="HTML"}}
<h1>[[events.follow_up.title]]</h1>
<p>[[events.follow_up.intro]]</p>
<dl class="details">
  <dt>[[events.follow_up.event]]</dt><dd>{{EVENT_TITLE}}</dd>
  <dt>[[events.topics.topic]]</dt><dd>{{TOPIC}}</dd>
</dl>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/events/{{ID}}/topics/{{TOPIC_ID}}/transfer" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset class="fieldset"{{#TO_ERROR}} aria-describedby="to-error"{{/TO_ERROR}}>
  <legend>[[events.follow_up.to]]</legend>
  <div class="field field--checkbox"><input id="to_kind_network" name="to_kind" type="radio" value="network"{{#TO_NETWORK_CHECKED}} checked{{/TO_NETWORK_CHECKED}}><label for="to_kind_network">[[events.follow_up.to_network]]</label></div>
  <div class="field">
    <label for="to_network_id">[[events.follow_up.network]]</label>
    <select id="to_network_id" name="to_network_id"><option value="">[[register.none]]</option>{{#NETWORK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/NETWORK_OPTION}}</select>
  </div>
  <div class="field field--checkbox"><input id="to_kind_event" name="to_kind" type="radio" value="event"{{#TO_EVENT_CHECKED}} checked{{/TO_EVENT_CHECKED}}><label for="to_kind_event">[[events.follow_up.to_event]]</label></div>
  <div class="field">
    <label for="to_event">[[events.follow_up.event_name]]</label>
    <input id="to_event" name="to_event" type="text" value="{{TO_EVENT}}">
  </div>
  {{#TO_ERROR}}<p class="field-error" id="to-error">{{MESSAGE}}</p>{{/TO_ERROR}}
  </fieldset>
  <div class="field">
    <label for="date">[[events.follow_up.date]]</label>
    <input id="date" name="date" type="date" value="{{DATE}}"{{#DATE_ERROR}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR}}>
    {{#DATE_ERROR}}<p class="field-error" id="date-error">{{MESSAGE}}</p>{{/DATE_ERROR}}
  </div>
  <div class="field">
    <label for="result">[[events.follow_up.result]]</label>
    <textarea id="result" name="result" rows="3"{{#RESULT_ERROR}} aria-invalid="true" aria-describedby="result-error"{{/RESULT_ERROR}}>{{RESULT}}</textarea>
    {{#RESULT_ERROR}}<p class="field-error" id="result-error">{{MESSAGE}}</p>{{/RESULT_ERROR}}
  </div>
  <button type="submit" class="button">[[events.follow_up.submit]]</button>
  <a href="/events/{{ID}}#topics">[[common.cancel]]</a>
</form>
