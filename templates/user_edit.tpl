{{%AUTOESCAPE context="HTML"}}
<h1>{{NAME}}</h1>
<p>{{EMAIL}}</p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<section aria-labelledby="edit-heading">
<h2 id="edit-heading">[[users.edit_title]]</h2>
<form method="post" action="/admin/users/{{ID}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="display_name">[[users.name]]</label>
    <input id="display_name" name="display_name" type="text" value="{{NAME}}" required{{#DISPLAY_NAME_ERROR}} aria-invalid="true" aria-describedby="display_name-error"{{/DISPLAY_NAME_ERROR}}>
    {{#DISPLAY_NAME_ERROR}}<p class="field-error" id="display_name-error">{{MESSAGE}}</p>{{/DISPLAY_NAME_ERROR}}
  </div>
  <div class="field">
    <label for="role">[[users.role]]</label>
    <select id="role" name="role"{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="role-error"{{/ROLE_ERROR}}>
      {{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}
    </select>
    {{#ROLE_ERROR}}<p class="field-error" id="role-error">{{MESSAGE}}</p>{{/ROLE_ERROR}}
  </div>
  <div class="field field--checkbox">
    <input id="active" name="active" type="checkbox" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}}>
    <label for="active">[[users.active_label]]</label>
  </div>
  <button type="submit" class="button">[[common.save]]</button>
</form>
</section>
<section aria-labelledby="reset-heading">
<h2 id="reset-heading">[[users.reset_heading]]</h2>
<form method="post" action="/admin/users/{{ID}}/password" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="password">[[users.new_password]]</label>
    <input id="password" name="password" type="password" required autocomplete="new-password" aria-describedby="password-hint{{#PASSWORD_ERROR}} password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
    <p class="hint" id="password-hint">[[account.password_hint]]</p>
    {{#PASSWORD_ERROR}}<p class="field-error" id="password-error">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
  </div>
  <button type="submit" class="button">[[users.reset_submit]]</button>
</form>
</section>
<section aria-labelledby="history-heading">
<h2 id="history-heading">[[users.history]]</h2>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[users.history]]</caption>
  <thead><tr><th scope="col">[[audit.when]]</th><th scope="col">[[audit.who]]</th><th scope="col">[[audit.what]]</th><th scope="col">[[audit.changes]]</th></tr></thead>
  <tbody>
  {{#HISTORY}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{CHANGES}}</td></tr>{{/HISTORY}}
  </tbody>
</table>
</div>
</section>
<p><a href="/admin/users">[[users.back]]</a></p>
