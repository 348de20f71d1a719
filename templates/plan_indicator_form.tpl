{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="goal_id">[[plans.goal]]</label>
    <select id="goal_id" name="goal_id"{{#GOAL_ID_ERROR}} aria-invalid="true" aria-describedby="goal_id-error"{{/GOAL_ID_ERROR}}><option value="">[[register.choose]]</option>{{#GOAL_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/GOAL_OPTION}}</select>
    {{#GOAL_ID_ERROR}}<p class="field-error" id="goal_id-error">{{MESSAGE}}</p>{{/GOAL_ID_ERROR}}
  </div>
  <div class="field">
    <label for="name">[[plans.indicator.name]]</label>
    <input id="name" name="name" type="text" value="{{NAME}}" required autocomplete="off"{{#NAME_ERROR}} aria-invalid="true" aria-describedby="name-error"{{/NAME_ERROR}}>
    {{#NAME_ERROR}}<p class="field-error" id="name-error">{{MESSAGE}}</p>{{/NAME_ERROR}}
  </div>
  <div class="field">
    <label for="unit">[[plans.indicator.unit]]</label>
    <input id="unit" name="unit" type="text" value="{{UNIT}}" required autocomplete="off"{{#UNIT_ERROR}} aria-invalid="true" aria-describedby="unit-error"{{/UNIT_ERROR}}>
    {{#UNIT_ERROR}}<p class="field-error" id="unit-error">{{MESSAGE}}</p>{{/UNIT_ERROR}}
  </div>
  <div class="field">
    <label for="baseline">[[plans.indicator.baseline]]</label>
    <input id="baseline" name="baseline" type="text" inputmode="decimal" value="{{BASELINE}}" required{{#BASELINE_ERROR}} aria-invalid="true" aria-describedby="baseline-error"{{/BASELINE_ERROR}}>
    {{#BASELINE_ERROR}}<p class="field-error" id="baseline-error">{{MESSAGE}}</p>{{/BASELINE_ERROR}}
  </div>
  <div class="field">
    <label for="target_value">[[plans.indicator.target_value]]</label>
    <input id="target_value" name="target_value" type="text" inputmode="decimal" value="{{TARGET_VALUE}}" required{{#TARGET_VALUE_ERROR}} aria-invalid="true" aria-describedby="target_value-error"{{/TARGET_VALUE_ERROR}}>
    {{#TARGET_VALUE_ERROR}}<p class="field-error" id="target_value-error">{{MESSAGE}}</p>{{/TARGET_VALUE_ERROR}}
  </div>
  <div class="field">
    <label for="target_date">[[plans.indicator.target_date]]</label>
    <input id="target_date" name="target_date" type="date" value="{{TARGET_DATE}}" required{{#TARGET_DATE_ERROR}} aria-invalid="true" aria-describedby="target_date-error"{{/TARGET_DATE_ERROR}}>
    {{#TARGET_DATE_ERROR}}<p class="field-error" id="target_date-error">{{MESSAGE}}</p>{{/TARGET_DATE_ERROR}}
  </div>
  <button type="submit" class="button">[[common.save]]</button>
  <a href="/plans/{{PLAN_ID}}">[[common.cancel]]</a>
</form>
{{#DELETE}}<form method="post" action="{{DELETE_ACTION}}" class="form form--inline">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--quiet">[[plans.delete]]</button>
</form>{{/DELETE}}
