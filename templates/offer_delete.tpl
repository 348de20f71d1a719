{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.offer.delete_title]]: {{TITLE}}</h1>
{{#BLOCKED}}
<div class="error-summary" role="alert">
  <p>{{MESSAGE}}</p>
  <ul>{{#BLOCKER}}<li>{{REASON}}</li>{{/BLOCKER}}</ul>
</div>
{{/BLOCKED}}
{{#MAY_DELETE}}
<p>[[register.delete_confirm]]</p>
<form method="post" action="/offers/{{ID}}/delete" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[register.delete_submit]]</button>
</form>
{{/MAY_DELETE}}
<p><a href="/offers/{{ID}}">[[common.cancel]]</a></p>
