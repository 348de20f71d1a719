{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.need.delete_title]]</h1>
<p class="pre">{{DESCRIPTION}}</p>
<p>[[register.delete_confirm]]</p>
<form method="post" action="/needs/{{ID}}/delete" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[register.delete_submit]]</button>
</form>
<p><a href="/needs/{{ID}}">[[common.cancel]]</a></p>
