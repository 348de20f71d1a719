{{%AUTOESCAPE context="HTML"}}
<h1>[[tokens.title]]</h1>
<p>[[tokens.intro]]</p>
{{#NEW_TOKEN}}
<div class="notice notice--important" role="status">
  <p><strong>[[tokens.created]]</strong> [[tokens.shown_once]]</p>
  <p><label for="new-token">[[tokens.token]]</label> <input id="new-token" class="token" type="text" readonly value="{{TOKEN}}"></p>
</div>
{{/NEW_TOKEN}}
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/account/tokens" class="form form--inline" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="token-name">[[tokens.name]]</label>
    <input id="token-name" name="name" type="text" maxlength="100" required{{#NAME_ERROR}} aria-invalid="true" aria-describedby="token-name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="token-name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <button type="submit" class="button">[[tokens.create]]</button>
</form>
<h2>[[tokens.list_heading]]</h2>
{{#NO_TOKENS}}<p>[[tokens.none]]</p>{{/NO_TOKENS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[tokens.list_heading]]</caption>
  <thead><tr><th scope="col">[[tokens.name]]</th><th scope="col">[[tokens.prefix]]</th><th scope="col">[[tokens.created_at]]</th><th scope="col">[[tokens.last_used]]</th><th scope="col">[[tokens.status]]</th></tr></thead>
  <tbody>
  {{#TOKEN_ROW}}<tr>
    <td>{{NAME}}</td><td><code>{{PREFIX}}…</code></td><td>{{CREATED}}</td><td>{{LAST_USED}}</td>
    <td>{{#REVOKED}}[[tokens.revoked]] {{AT}}{{/REVOKED}}{{#ACTIVE}}<form method="post" action="/account/tokens/{{ID}}/revoke"><input type="hidden" name="_csrf" value="{{CSRF}}"><button type="submit" class="button button--danger">[[tokens.revoke]]<span class="visually-hidden"> {{NAME}}</span></button></form>{{/ACTIVE}}</td>
  </tr>{{/TOKEN_ROW}}
  </tbody>
</table>
</div>
