{{%AUTOESCAPE context="HTML"}}
<h1>[[account.title]]</h1>
<dl class="facts">
  <dt>[[account.name]]</dt><dd>{{NAME}}</dd>
  <dt>[[account.email]]</dt><dd>{{EMAIL}}</dd>
  <dt>[[account.role]]</dt><dd>{{ROLE}}</dd>
</dl>
<p><a href="/account/tokens">[[account.tokens_link]]</a></p>

<section aria-labelledby="language-heading">
<h2 id="language-heading">[[account.language_heading]]</h2>
<form method="post" action="/language" class="form form--inline">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="next" value="/account">
  <div class="field">
    <label for="language">[[account.language]]</label>
    <select id="language" name="language">
      <option value="de" lang="de"{{#LANG_DE}} selected{{/LANG_DE}}>Deutsch</option>
      <option value="en" lang="en"{{#LANG_EN}} selected{{/LANG_EN}}>English</option>
    </select>
  </div>
  <button type="submit" class="button">[[common.save]]</button>
</form>
</section>

<section aria-labelledby="password-heading">
<h2 id="password-heading">[[account.password_heading]]</h2>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/account/password" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="current_password">[[account.current_password]]</label>
    <input id="current_password" name="current_password" type="password" autocomplete="current-password" required{{#CURRENT_PASSWORD_ERROR}} aria-invalid="true" aria-describedby="current_password-error"{{/CURRENT_PASSWORD_ERROR}}>
    {{#CURRENT_PASSWORD_ERROR}}<p class="field-error" id="current_password-error">{{MESSAGE}}</p>{{/CURRENT_PASSWORD_ERROR}}
  </div>
  <div class="field">
    <label for="new_password">[[account.new_password]]</label>
    <input id="new_password" name="new_password" type="password" autocomplete="new-password" required aria-describedby="new_password-hint{{#NEW_PASSWORD_ERROR}} new_password-error{{/NEW_PASSWORD_ERROR}}"{{#NEW_PASSWORD_ERROR}} aria-invalid="true"{{/NEW_PASSWORD_ERROR}}>
    <p class="hint" id="new_password-hint">[[account.password_hint]]</p>
    {{#NEW_PASSWORD_ERROR}}<p class="field-error" id="new_password-error">{{MESSAGE}}</p>{{/NEW_PASSWORD_ERROR}}
  </div>
  <div class="field">
    <label for="new_password_repeat">[[account.new_password_repeat]]</label>
    <input id="new_password_repeat" name="new_password_repeat" type="password" autocomplete="new-password" required{{#NEW_PASSWORD_REPEAT_ERROR}} aria-invalid="true" aria-describedby="new_password_repeat-error"{{/NEW_PASSWORD_REPEAT_ERROR}}>
    {{#NEW_PASSWORD_REPEAT_ERROR}}<p class="field-error" id="new_password_repeat-error">{{MESSAGE}}</p>{{/NEW_PASSWORD_REPEAT_ERROR}}
  </div>
  <button type="submit" class="button">[[account.change_password]]</button>
</form>
</section>
