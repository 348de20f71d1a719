{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
<h1>[[plans.dashboard.title]]</h1>
<figure class="timeline">
  <figcaption>[[plans.timeline.title]]</figcaption>
  <img src="/plans/{{PLAN_ID}}/timeline.svg" alt="[[plans.timeline.alt]]">
</figure>
<div class="table-wrap"><table class="table">
  <caption>[[plans.dashboard.per_field]]</caption>
  <thead><tr><th scope="col">[[plans.field]]</th><th scope="col">[[plans.measures]]</th><th scope="col">[[plans.measure_status.running]]</th><th scope="col">[[plans.measure_status.done]]</th><th scope="col">[[plans.dashboard.indicator_progress]]</th></tr></thead>
  <tbody>{{#FIELD}}<tr><td>{{TITLE}}</td><td>{{MEASURES}}</td><td>{{RUNNING}}</td><td>{{DONE}}</td><td>{{INDICATORS}}</td></tr>{{/FIELD}}</tbody>
</table></div>
<section aria-labelledby="overdue-heading"><h2 id="overdue-heading">[[plans.dashboard.overdue]]</h2>
{{#NO_OVERDUE}}<p>[[plans.dashboard.none]]</p>{{/NO_OVERDUE}}
<ul>{{#OVERDUE}}<li><a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}">{{TITLE}}</a> – {{END_ON}}, {{STATUS}}</li>{{/OVERDUE}}</ul></section>
<section aria-labelledby="risk-heading"><h2 id="risk-heading">[[plans.dashboard.at_risk]]</h2>
{{#NO_AT_RISK}}<p>[[plans.dashboard.none]]</p>{{/NO_AT_RISK}}
<ul>{{#AT_RISK}}<li><a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}">{{TITLE}}</a> – {{END_ON}}, {{STATUS}}</li>{{/AT_RISK}}</ul></section>
<section aria-labelledby="anchoring-heading"><h2 id="anchoring-heading">[[plans.dashboard.not_anchored]]</h2>
{{#NO_NOT_ANCHORED}}<p>[[plans.dashboard.none]]</p>{{/NO_NOT_ANCHORED}}
<ul>{{#NOT_ANCHORED}}<li><a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}">{{TITLE}}</a> – {{ANCHORING}}</li>{{/NOT_ANCHORED}}</ul></section>
<div class="table-wrap"><table class="table">
  <caption>[[plans.dashboard.workload]]</caption>
  <thead><tr><th scope="col">[[plans.agreement.organisation]]</th><th scope="col">[[plans.dashboard.leads]]</th><th scope="col">[[plans.dashboard.supports]]</th></tr></thead>
  <tbody>{{#LOAD}}<tr><td><a href="/plans/organisations/{{ORGANISATION_ID}}">{{NAME}}</a></td><td>{{LEADS}}</td><td>{{SUPPORTS}}</td></tr>{{/LOAD}}</tbody>
</table></div>
<section aria-labelledby="indicators-heading"><h2 id="indicators-heading">[[plans.indicators]]</h2>
{{#INDICATOR}}<div class="indicator">
<h3>{{NAME}}</h3>
<p>[[plans.indicator.baseline]]: {{BASELINE}} {{UNIT}} · [[plans.indicator.target_value]]: {{TARGET_VALUE}} {{UNIT}} ({{TARGET_DATE}})</p>
<p>[[plans.indicator.actuals]]: {{ACTUALS}}</p>
{{#RECORD}}<form method="post" action="/plans/{{PLAN_ID}}/indicators/{{INDICATOR_ID}}/values" class="form form--inline">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field"><label for="period-{{INDICATOR_ID}}">[[plans.indicator.period]] ({{NAME}})</label><input id="period-{{INDICATOR_ID}}" name="period" type="date" value="{{TODAY}}"></div>
  <div class="field"><label for="value-{{INDICATOR_ID}}">[[plans.indicator.actual]] ({{NAME}})</label><input id="value-{{INDICATOR_ID}}" name="value" type="text" inputmode="decimal"></div>
  <button type="submit" class="button button--quiet">[[plans.indicator.record]]</button>
</form>{{/RECORD}}
</div>{{/INDICATOR}}
</section>
