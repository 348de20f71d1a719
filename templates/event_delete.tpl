{{%AUTOESCAPE context="HTML"}}
<h1>[[events.delete.title]]: {{TITLE}}</h1>
{{#BLOCKED}}
<div class="error-summary" role="alert">
  <p>{{MESSAGE}}</p>
  <ul>{{#BLOCKER}}<li>{{REASON}}</li>{{/BLOCKER}}</ul>
</div>
<p><a href="/events/{{ID}}/registrations">[[events.registrations.title]]</a></p>
{{/BLOCKED}}
{{#MAY_DELETE}}
<p>[[events.delete.confirm]]</p>
<form method="post" action="/events/{{ID}}/delete" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[events.delete.submit]]</button>
</form>
{{/MAY_DELETE}}
<p><a href="/events/{{ID}}">[[common.cancel]]</a></p>
