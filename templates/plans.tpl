{{%AUTOESCAPE context="HTML"}}
<h1>[[plans.title]]</h1>
<p class="lead">[[plans.intro]]</p>
{{#MAY_CREATE}}<p class="actions"><a class="button" href="/plans/new">[[plans.new_title]]</a></p>{{/MAY_CREATE}}
{{#OWN_ORGANISATION}}<p><a href="/plans/organisations/{{ORGANISATION_ID}}">[[plans.organisation.own_link]]</a></p>{{/OWN_ORGANISATION}}
{{#NO_PLANS}}<p>[[plans.none]]</p>{{/NO_PLANS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plans.title]]</caption>
  <thead><tr><th scope="col">[[plans.plan_title]]</th><th scope="col">[[plans.period]]</th><th scope="col">[[plans.status]]</th><th scope="col">[[plans.versions.count]]</th></tr></thead>
  <tbody>
  {{#PLAN}}<tr><td><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></td><td>{{PERIOD}}</td><td>{{STATUS}}</td><td>{{VERSION_COUNT}}</td></tr>{{/PLAN}}
  </tbody>
</table>
</div>
