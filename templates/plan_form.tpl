{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="{{ACTION}}" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="title">[[plans.plan_title]]</label>
    <input id="title" name="title" type="text" value="{{TITLE}}" required autocomplete="off"{{#TITLE_ERROR}} aria-invalid="true" aria-describedby="title-error"{{/TITLE_ERROR}}>
    {{#TITLE_ERROR}}<p class="field-error" id="title-error">{{MESSAGE}}</p>{{/TITLE_ERROR}}
  </div>
  <div class="field">
    <label for="period_start">[[plans.period_start]]</label>
    <input id="period_start" name="period_start" type="date" value="{{PERIOD_START}}" required{{#PERIOD_START_ERROR}} aria-invalid="true" aria-describedby="period_start-error"{{/PERIOD_START_ERROR}}>
    {{#PERIOD_START_ERROR}}<p class="field-error" id="period_start-error">{{MESSAGE}}</p>{{/PERIOD_START_ERROR}}
  </div>
  <div class="field">
    <label for="period_end">[[plans.period_end]]</label>
    <input id="period_end" name="period_end" type="date" value="{{PERIOD_END}}" required{{#PERIOD_END_ERROR}} aria-invalid="true" aria-describedby="period_end-error"{{/PERIOD_END_ERROR}}>
    {{#PERIOD_END_ERROR}}<p class="field-error" id="period_end-error">{{MESSAGE}}</p>{{/PERIOD_END_ERROR}}
  </div>
  <div class="field">
    <label for="preamble">[[plans.preamble]]</label>
    <textarea id="preamble" name="preamble" rows="8"{{#PREAMBLE_ERROR}} aria-invalid="true" aria-describedby="preamble-error"{{/PREAMBLE_ERROR}}>{{PREAMBLE}}</textarea>
    {{#PREAMBLE_ERROR}}<p class="field-error" id="preamble-error">{{MESSAGE}}</p>{{/PREAMBLE_ERROR}}
  </div>
  {{#STATUS_FIELD}}<div class="field">
    <label for="status">[[plans.status]]</label>
    <select id="status" name="status"{{#STATUS_ERROR}} aria-invalid="true" aria-describedby="status-error"{{/STATUS_ERROR}}>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    {{#STATUS_ERROR}}<p class="field-error" id="status-error">{{MESSAGE}}</p>{{/STATUS_ERROR}}
  </div>{{/STATUS_FIELD}}
  <button type="submit" class="button">[[common.save]]</button>
  <a href="{{CANCEL}}">[[common.cancel]]</a>
</form>
