{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  {{#PARENT}}<div class="field">
    <label for="field_id">[[plans.field]]</label>
    <select id="field_id" name="field_id"{{#FIELD_ID_ERROR}} aria-invalid="true" aria-describedby="field_id-error"{{/FIELD_ID_ERROR}}><option value="">[[register.choose]]</option>{{#PARENT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARENT_OPTION}}</select>
    {{#FIELD_ID_ERROR}}<p class="field-error" id="field_id-error">{{MESSAGE}}</p>{{/FIELD_ID_ERROR}}
  </div>{{/PARENT}}
  <div class="field">
    <label for="title">[[plans.item.title]]</label>
    <input id="title" name="title" type="text" value="{{TITLE}}" required autocomplete="off"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    {{#TITLE_ERROR}}<p class="field-error" id="title-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[plans.item.description]]</label>
    <textarea id="description" name="description" rows="5"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <button type="submit" class="button">[[common.save]]</button>
  <a href="/plans/{{PLAN_ID}}">[[common.cancel]]</a>
</form>
{{#DELETE}}<form method="post" action="{{DELETE_ACTION}}" class="form form--inline">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--quiet">[[plans.delete]]</button>
</form>{{/DELETE}}
