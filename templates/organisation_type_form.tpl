{{%AUTOESCAPE context="HTML"}}
<p><a href="/admin/types">[[register_admin.types.back]]</a></p>
<h1>{{LABEL}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p>{{#IN_USE}}<p>{{USED_BY}}</p>{{/IN_USE}}</div>{{/FORM_ERRORS}}
<p>[[register_admin.types.key]]: <code>{{KEY}}</code>. {{USED_BY}}</p>
<h2>[[register_admin.types.rename]]</h2>
<form method="post" action="/admin/types/{{KEY}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="label">[[register_admin.types.label_de]]</label>
    <input id="label" name="label" type="text" value="{{LABEL}}" required lang="de" autocomplete="off"{{#LABEL_ERROR}} aria-invalid="true" aria-describedby="label-error"{{/LABEL_ERROR}}>
    {{#LABEL_ERROR}}<p class="field-error" id="label-error">{{MESSAGE}}</p>{{/LABEL_ERROR}}
  </div>
  <div class="field">
    <label for="label_en">[[register_admin.types.label_en]]</label>
    <input id="label_en" name="label_en" type="text" value="{{LABEL_EN}}" lang="en" autocomplete="off"{{#LABEL_EN_ERROR}} aria-invalid="true" aria-describedby="label_en-error"{{/LABEL_EN_ERROR}}>
    {{#LABEL_EN_ERROR}}<p class="field-error" id="label_en-error">{{MESSAGE}}</p>{{/LABEL_EN_ERROR}}
  </div>
  <button type="submit" class="button">[[register_admin.types.save]]</button>
</form>
<h2>[[register_admin.types.status]]</h2>
<form method="post" action="/admin/types/{{KEY}}/active" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#ACTIVE}}<p>[[register_admin.types.deactivate_hint]]</p>
  <input type="hidden" name="active" value="0">
  <button type="submit" class="button button--quiet">[[register_admin.types.deactivate]]</button>{{/ACTIVE}}
  {{#INACTIVE}}<p>[[register_admin.types.inactive_hint]]</p>
  <input type="hidden" name="active" value="1">
  <button type="submit" class="button">[[register_admin.types.activate]]</button>{{/INACTIVE}}
</form>
