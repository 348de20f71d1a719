{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<h1>[[login.title]]</h1>
<p>[[login.intro]]</p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/login" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="{{NEXT}}">
  <div class="field">
    <label for="email">[[login.email]]</label>
    <input id="email" name="email" type="email" value="{{EMAIL}}" autocomplete="username" required>
  </div>
  <div class="field">
    <label for="password">[[login.password]]</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
  </div>
  <button type="submit" class="button">[[login.submit]]</button>
</form>
</div>
