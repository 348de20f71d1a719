{{%AUTOESCAPE context="HTML"}}
<h1>[[register.organisation.delete_title]]: {{NAME}}</h1>
{{#BLOCKED}}
<div class="error-summary" role="alert">
  <p>{{MESSAGE}}</p>
  <ul>{{#BLOCKER}}<li>{{REASON}}</li>{{/BLOCKER}}</ul>
</div>
{{#ACTIVE}}<form method="post" action="/organisations/{{ID}}/archive" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button">[[register.organisation.deactivate_instead]]</button>
</form>{{/ACTIVE}}
{{/BLOCKED}}
{{#MAY_DELETE}}
<p>[[register.delete_confirm]]</p>
<form method="post" action="/organisations/{{ID}}/delete" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[register.delete_submit]]</button>
</form>
{{/MAY_DELETE}}
<p><a href="/organisations/{{ID}}">[[common.cancel]]</a></p>
