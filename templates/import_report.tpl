{{%AUTOESCAPE context="HTML"}}
<h2>{{CAPTION}}</h2>
<p>{{SUMMARY}}</p>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">{{CAPTION}}</caption>
  <thead><tr><th scope="col">[[import.row]]</th><th scope="col">[[import.record]]</th><th scope="col">[[import.outcome]]</th><th scope="col">[[import.problems]]</th><th scope="col">[[import.duplicates]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr{{#REJECTED}} class="rejected"{{/REJECTED}}><td>{{ROW}}</td><td>{{NAME}}</td><td>{{OUTCOME}}</td><td>{{#PROBLEM}}<p>{{COLUMN}}: {{MESSAGE}}</p>{{/PROBLEM}}</td><td>{{#DUPLICATE}}<p>{{NAME}}</p>{{/DUPLICATE}}</td></tr>{{/ROW}}
  </tbody>
</table>
</div>
{{#HIDDEN}}<p>{{TEXT}}</p>{{/HIDDEN}}
