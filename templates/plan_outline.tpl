{{%AUTOESCAPE context="HTML"}}
<section aria-labelledby="preamble-heading">
<h2 id="preamble-heading">[[plans.preamble]]</h2>
<p class="pre">{{PREAMBLE}}</p>
</section>
{{#NO_FIELDS}}<p>[[plans.no_fields]]</p>{{/NO_FIELDS}}
{{#FIELD}}<section class="plan-field" aria-labelledby="field-{{FIELD_ID}}">
<h2 id="field-{{FIELD_ID}}">{{NUMBER}}. {{TITLE}}</h2>
<p class="pre">{{DESCRIPTION}}</p>
{{#FIELD_EDIT}}<p class="actions"><a href="/plans/{{PLAN_ID}}/fields/{{FIELD_ID}}/edit">[[plans.field.edit_title]]<span class="visually-hidden">: {{TITLE}}</span></a> · <a href="/plans/{{PLAN_ID}}/goals/new?field={{FIELD_ID}}">[[plans.goal.new_title]]<span class="visually-hidden">: {{TITLE}}</span></a></p>{{/FIELD_EDIT}}
{{#GOAL}}<div class="plan-goal">
<h3>{{NUMBER}} [[plans.goal]]: {{TITLE}}</h3>
<p class="pre">{{DESCRIPTION}}</p>
{{#GOAL_EDIT}}<p class="actions"><a href="/plans/{{PLAN_ID}}/goals/{{GOAL_ID}}/edit">[[plans.goal.edit_title]]<span class="visually-hidden">: {{TITLE}}</span></a> · <a href="/plans/{{PLAN_ID}}/indicators/new?goal={{GOAL_ID}}">[[plans.indicator.new_title]]<span class="visually-hidden">: {{TITLE}}</span></a> · <a href="/plans/{{PLAN_ID}}/measures/new?goal={{GOAL_ID}}">[[plans.measure.new_title]]<span class="visually-hidden">: {{TITLE}}</span></a></p>{{/GOAL_EDIT}}
{{#INDICATORS}}<div class="table-wrap"><table class="table">
  <caption>[[plans.indicators]]</caption>
  <thead><tr><th scope="col">[[plans.indicator.name]]</th><th scope="col">[[plans.indicator.unit]]</th><th scope="col">[[plans.indicator.baseline]]</th><th scope="col">[[plans.indicator.target_value]]</th><th scope="col">[[plans.indicator.target_date]]</th></tr></thead>
  <tbody>{{#INDICATOR}}<tr><td>{{NAME}}{{#INDICATOR_EDIT}} <a href="/plans/{{PLAN_ID}}/indicators/{{INDICATOR_ID}}/edit">[[plans.edit]]<span class="visually-hidden">: {{NAME}}</span></a>{{/INDICATOR_EDIT}}</td><td>{{UNIT}}</td><td>{{BASELINE}}</td><td>{{TARGET_VALUE}}</td><td>{{TARGET_DATE}}</td></tr>{{/INDICATOR}}</tbody>
</table></div>{{/INDICATORS}}
{{#MEASURES}}<div class="table-wrap"><table class="table">
  <caption>[[plans.measures]]</caption>
  <thead><tr><th scope="col">[[plans.measure.title]]</th><th scope="col">[[plans.measure.lead]]</th><th scope="col">[[plans.measure.partners]]</th><th scope="col">[[plans.measure.period]]</th><th scope="col">[[plans.measure.status]]</th><th scope="col">[[plans.measure.anchoring]]</th></tr></thead>
  <tbody>{{#MEASURE}}<tr><td>{{#MEASURE_LINK}}<a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}">{{TITLE}}</a>{{/MEASURE_LINK}}{{#MEASURE_PLAIN}}{{TITLE}}{{/MEASURE_PLAIN}}{{#MEASURE_EDIT}} <a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}/edit">[[plans.edit]]<span class="visually-hidden">: {{TITLE}}</span></a>{{/MEASURE_EDIT}}{{#MEASURE_PROPOSE}} <a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}/propose">[[plans.proposal.new_title]]<span class="visually-hidden">: {{TITLE}}</span></a>{{/MEASURE_PROPOSE}}</td><td>{{LEAD}}</td><td>{{PARTNERS}}</td><td>{{PERIOD}}</td><td>{{STATUS}}</td><td>{{ANCHORING}} {{ANCHORING_BY}}{{#NOT_ANCHORED}} <strong class="flag">[[plans.not_anchored_flag]]</strong>{{/NOT_ANCHORED}}</td></tr>{{/MEASURE}}</tbody>
</table></div>{{/MEASURES}}
</div>{{/GOAL}}
</section>{{/FIELD}}
