{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
<h1>[[plans.versions.title]]</h1>
{{#NO_VERSIONS}}<p>[[plans.versions.none]]</p>{{/NO_VERSIONS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[plans.versions.title]]</caption>
  <thead><tr><th scope="col">[[plans.pdf.version]]</th><th scope="col">[[plans.adopt.date]]</th><th scope="col">[[plans.adopt.occasion]]</th><th scope="col">[[plans.adopt.agreements]]</th><th scope="col">[[plans.pdf.download]]</th></tr></thead>
  <tbody>
  {{#VERSION}}<tr><td><a href="/plans/{{PLAN_ID}}/versions/{{NUMBER}}">[[plans.pdf.version]] {{NUMBER}}</a></td><td>{{ADOPTED_ON}}</td><td>{{OCCASION}}</td><td>{{AGREEMENTS}}</td><td><a href="/plans/{{PLAN_ID}}/versions/{{NUMBER}}/plan.pdf">PDF<span class="visually-hidden"> [[plans.pdf.version]] {{NUMBER}}</span></a></td></tr>{{/VERSION}}
  </tbody>
</table>
</div>
<h2 id="diff-heading">[[plans.diff.title]]</h2>
<form method="get" action="/plans/{{PLAN_ID}}/diff" class="form form--inline" aria-labelledby="diff-heading">
  <div class="field">
    <label for="from">[[plans.diff.from]]</label>
    <select id="from" name="from">{{#FROM_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FROM_OPTION}}</select>
  </div>
  <div class="field">
    <label for="to">[[plans.diff.to]]</label>
    <select id="to" name="to">{{#TO_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TO_OPTION}}</select>
  </div>
  <button type="submit" class="button">[[plans.diff.show]]</button>
</form>
