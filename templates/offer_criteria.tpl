{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.criteria.title]]</h1>
<p>[[offers.criteria.intro]]</p>
<p class="subnav"><a href="/offers">[[offers.list.title]]</a> · <a href="/needs">[[offers.needs.title]]</a> · <a href="/offers/check">[[offers.check.title]]</a> · <a href="/offers/criteria">[[offers.criteria.title]]</a></p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.criteria.title]]</caption>
  <thead><tr><th scope="col">[[offers.criteria.criterion]]</th><th scope="col">[[offers.criteria.description]]</th><th scope="col">[[offers.criteria.weight]]</th><th scope="col">[[offers.criteria.state]]</th></tr></thead>
  <tbody>
  {{#CRITERION}}<tr><td>{{NAME}}</td><td>{{CRITERION_DESCRIPTION}}</td><td>{{WEIGHT}}</td><td>{{STATE}}</td></tr>{{/CRITERION}}
  </tbody>
</table>
</div>
{{#CRITERION}}{{#EDIT}}<details class="criterion-edit"{{#ROW_ERROR}} open{{/ROW_ERROR}}>
  <summary>[[offers.criteria.edit]]: {{NAME}}</summary>
  {{#ROW_ERROR}}<p class="field-error" id="criterion-{{CRITERION_ID}}-error">{{MESSAGE}}</p>{{/ROW_ERROR}}
  <form method="post" action="/offers/criteria/{{CRITERION_ID}}" class="form" novalidate>
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <div class="field"><label for="label-{{CRITERION_ID}}">[[offers.criteria.label]]</label><input id="label-{{CRITERION_ID}}" name="label" type="text" value="{{LABEL}}"></div>
    <div class="field"><label for="description-{{CRITERION_ID}}">[[offers.criteria.description]]</label><textarea id="description-{{CRITERION_ID}}" name="description" rows="2">{{EDIT_DESCRIPTION}}</textarea></div>
    <div class="field"><label for="weight-{{CRITERION_ID}}">[[offers.criteria.weight]]</label><select id="weight-{{CRITERION_ID}}" name="weight">{{#WEIGHT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/WEIGHT_OPTION}}</select></div>
    <div class="field"><label for="position-{{CRITERION_ID}}">[[offers.criteria.position]]</label><input id="position-{{CRITERION_ID}}" name="position" type="text" inputmode="numeric" value="{{POSITION}}"></div>
    <div class="field field--checkbox"><input id="active-{{CRITERION_ID}}" name="active" type="checkbox" value="1"{{#ACTIVE_CHECKED}} checked{{/ACTIVE_CHECKED}}><label for="active-{{CRITERION_ID}}">[[offers.criteria.active_label]]</label></div>
    <button type="submit" class="button">[[common.save]]</button>
  </form>
  <form method="post" action="/offers/criteria/{{CRITERION_ID}}/delete" class="form">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit" class="button button--quiet">[[offers.criteria.delete]]<span class="visually-hidden"> {{NAME}}</span></button>
  </form>
</details>{{/EDIT}}{{/CRITERION}}
{{#ADD}}<h2 id="add-criterion-heading">[[offers.criteria.add]]</h2>
<form method="post" action="/offers/criteria" class="form" aria-labelledby="add-criterion-heading" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="label">[[offers.criteria.label]]</label>
    <input id="label" name="label" type="text" value="{{NEW_LABEL}}" autocomplete="off"{{#LABEL_ERROR}} aria-invalid="true" aria-describedby="label-error"{{/LABEL_ERROR}}>
    {{#LABEL_ERROR}}<p class="field-error" id="label-error">{{MESSAGE}}</p>{{/LABEL_ERROR}}
  </div>
  <div class="field">
    <label for="description">[[offers.criteria.description]]</label>
    <textarea id="description" name="description" rows="2"{{#DESCRIPTION_ERROR}} aria-invalid="true" aria-describedby="description-error"{{/DESCRIPTION_ERROR}}>{{NEW_DESCRIPTION}}</textarea>
    {{#DESCRIPTION_ERROR}}<p class="field-error" id="description-error">{{MESSAGE}}</p>{{/DESCRIPTION_ERROR}}
  </div>
  <div class="field">
    <label for="weight">[[offers.criteria.weight]]</label>
    <select id="weight" name="weight"{{#WEIGHT_ERROR}} aria-invalid="true" aria-describedby="weight-error"{{/WEIGHT_ERROR}}>{{#NEW_WEIGHT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/NEW_WEIGHT_OPTION}}</select>
    {{#WEIGHT_ERROR}}<p class="field-error" id="weight-error">{{MESSAGE}}</p>{{/WEIGHT_ERROR}}
  </div>
  <button type="submit" class="button">[[offers.criteria.add]]</button>
</form>{{/ADD}}
