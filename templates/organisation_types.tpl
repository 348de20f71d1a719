{{%AUTOESCAPE context="HTML"}}
<h1>[[register_admin.types.title]]</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<p>[[register_admin.types.intro]]</p>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register_admin.types.title]]</caption>
  <thead><tr><th scope="col">[[register_admin.types.label]]</th><th scope="col">[[register_admin.types.key]]</th><th scope="col">[[register_admin.types.origin]]</th><th scope="col">[[register_admin.types.organisations]]</th><th scope="col">[[register_admin.types.status]]</th></tr></thead>
  <tbody>
  {{#TYPE}}<tr><td>{{#CUSTOM}}<a href="/admin/types/{{KEY}}">{{/CUSTOM}}{{LABEL}}{{#CUSTOM}}</a>{{/CUSTOM}}</td><td><code>{{KEY}}</code></td><td>{{ORIGIN}}</td><td>{{COUNT}}</td><td>{{STATUS}}</td></tr>{{/TYPE}}
  </tbody>
</table>
</div>
<h2>[[register_admin.types.new]]</h2>
<form method="post" action="/admin/types" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="label">[[register_admin.types.label_de]]</label>
    <input id="label" name="label" type="text" value="{{NEW_LABEL}}" required lang="de" autocomplete="off"{{#LABEL_ERROR}} aria-invalid="true" aria-describedby="label-error"{{/LABEL_ERROR}}>
    {{#LABEL_ERROR}}<p class="field-error" id="label-error">{{MESSAGE}}</p>{{/LABEL_ERROR}}
  </div>
  <div class="field">
    <label for="label_en">[[register_admin.types.label_en]]</label>
    <input id="label_en" name="label_en" type="text" value="{{NEW_LABEL_EN}}" lang="en" autocomplete="off"{{#LABEL_EN_ERROR}} aria-invalid="true" aria-describedby="label_en-error"{{/LABEL_EN_ERROR}}>
    {{#LABEL_EN_ERROR}}<p class="field-error" id="label_en-error">{{MESSAGE}}</p>{{/LABEL_EN_ERROR}}
  </div>
  <div class="field">
    <label for="key">[[register_admin.types.key]]</label>
    <input id="key" name="key" type="text" value="{{NEW_KEY}}" autocomplete="off" aria-describedby="key-hint{{#KEY_ERROR}} key-error{{/KEY_ERROR}}"{{#KEY_ERROR}} aria-invalid="true"{{/KEY_ERROR}}>
    <p class="hint" id="key-hint">[[register_admin.types.key_hint]]</p>
    {{#KEY_ERROR}}<p class="field-error" id="key-error">{{MESSAGE}}</p>{{/KEY_ERROR}}
  </div>
  <button type="submit" class="button">[[register_admin.types.add]]</button>
</form>
