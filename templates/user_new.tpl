{{%AUTOESCAPE context="HTML"}}
<h1>[[users.new_title]]</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/admin/users" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="display_name">[[users.name]]</label>
    <input id="display_name" name="display_name" type="text" value="{{NAME}}" required autocomplete="off"{{#DISPLAY_NAME_ERROR}} aria-invalid="true" aria-describedby="display_name-error"{{/DISPLAY_NAME_ERROR}}>
    {{#DISPLAY_NAME_ERROR}}<p class="field-error" id="display_name-error">{{MESSAGE}}</p>{{/DISPLAY_NAME_ERROR}}
  </div>
  <div class="field">
    <label for="email">[[users.email]]</label>
    <input id="email" name="email" type="email" value="{{EMAIL}}" required autocomplete="off"{{#EMAIL_ERROR}} aria-invalid="true" aria-describedby="email-error"{{/EMAIL_ERROR}}>
    {{#EMAIL_ERROR}}<p class="field-error" id="email-error">{{MESSAGE}}</p>{{/EMAIL_ERROR}}
  </div>
  <div class="field">
    <label for="role">[[users.role]]</label>
    <select id="role" name="role"{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="role-error"{{/ROLE_ERROR}}>
      {{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}
    </select>
    {{#ROLE_ERROR}}<p class="field-error" id="role-error">{{MESSAGE}}</p>{{/ROLE_ERROR}}
  </div>
  <div class="field">
    <label for="password">[[users.initial_password]]</label>
    <input id="password" name="password" type="password" required autocomplete="new-password" aria-describedby="password-hint{{#PASSWORD_ERROR}} password-error{{/PASSWORD_ERROR}}"{{#PASSWORD_ERROR}} aria-invalid="true"{{/PASSWORD_ERROR}}>
    <p class="hint" id="password-hint">[[account.password_hint]]</p>
    {{#PASSWORD_ERROR}}<p class="field-error" id="password-error">{{MESSAGE}}</p>{{/PASSWORD_ERROR}}
  </div>
  <button type="submit" class="button">[[users.create]]</button>
  <a href="/admin/users">[[common.cancel]]</a>
</form>
