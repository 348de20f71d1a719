{{%AUTOESCAPE context="HTML"}}
<h1>[[events.check_in.title]]</h1>
<dl class="details">
  <dt>[[events.follow_up.event]]</dt><dd><a href="/events/{{ID}}">{{EVENT_TITLE}}</a></dd>
  <dt>[[events.registration.name]]</dt><dd>{{NAME}}</dd>
  <dt>[[events.registration.organisation]]</dt><dd>{{ORGANISATION}}</dd>
  <dt>[[events.registration.status]]</dt><dd>{{STATUS}}</dd>
</dl>
{{#CANCELLED}}<p class="error-summary" role="alert">[[events.check_in.cancelled]]</p>{{/CANCELLED}}
{{#ATTENDED}}<p>[[events.check_in.done]]</p>{{/ATTENDED}}
{{#MAY_CHECK_IN}}
{{#WAS_WAITING}}<p>[[events.check_in.was_waiting]]</p>{{/WAS_WAITING}}
<form method="post" action="/events/{{ID}}/registrations/{{REGISTRATION_ID}}/check-in" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button">[[events.check_in.submit]]</button>
</form>
{{/MAY_CHECK_IN}}
<p><a href="/events/{{ID}}/check-in">[[events.check_in_list.title]]</a></p>
