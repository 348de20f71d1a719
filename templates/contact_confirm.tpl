{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}: {{NAME}}</h1>
<p>{{EXPLANATION}}</p>
<form method="post" action="{{ACTION}}" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">{{SUBMIT}}</button>
</form>
<p><a href="/contacts/{{ID}}">[[common.cancel]]</a></p>
