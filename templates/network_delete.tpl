{{%AUTOESCAPE context="HTML"}}
<h1>[[register.network.delete_title]]: {{NAME}}</h1>
{{#BLOCKED}}
<div class="error-summary" role="alert">
  <p>{{MESSAGE}}</p>
  <ul>{{#BLOCKER}}<li>{{REASON}}</li>{{/BLOCKER}}</ul>
</div>
<p><a href="/networks/{{ID}}/edit">[[register.network.end_instead]]</a></p>
{{/BLOCKED}}
{{#MAY_DELETE}}
<p>[[register.delete_confirm]]</p>
<form method="post" action="/networks/{{ID}}/delete" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[register.delete_submit]]</button>
</form>
{{/MAY_DELETE}}
<p><a href="/networks/{{ID}}">[[common.cancel]]</a></p>
