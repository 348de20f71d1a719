{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans">[[plans.title]]</a></p>
<h1>[[plans.organisation.title]]: {{NAME}}</h1>
{{#NO_MEASURES}}<p>[[plans.organisation.none]]</p>{{/NO_MEASURES}}
<div class="table-wrap"><table class="table">
  <caption class="visually-hidden">[[plans.organisation.title]]</caption>
  <thead><tr><th scope="col">[[plans.measure.title]]</th><th scope="col">[[plans.organisation.role]]</th><th scope="col">[[plans.plan_title]]</th><th scope="col">[[plans.measure.end_on]]</th><th scope="col">[[plans.measure.status]]</th></tr></thead>
  <tbody>{{#MEASURE}}<tr><td><a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}">{{TITLE}}</a><br><small>{{GOAL}}</small></td><td>{{ROLE}}</td><td>{{PLAN_TITLE}}</td><td>{{END_ON}}{{#OVERDUE}} <strong class="flag">[[plans.organisation.overdue]]</strong>{{/OVERDUE}}</td><td>{{STATUS}}</td></tr>{{/MEASURE}}</tbody>
</table></div>
