{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}/versions">[[plans.versions.title]]</a></p>
<h1>[[plans.diff.title]]: {{FROM}} → {{TO}}</h1>
{{#NO_CHANGES}}<p>[[plans.diff.none]]</p>{{/NO_CHANGES}}
<section aria-labelledby="added-heading">
<h2 id="added-heading">[[plans.diff.added_heading]] ({{ADDED_COUNT}})</h2>
<ul>{{#ADDED}}<li>{{TEXT}}</li>{{/ADDED}}</ul>
</section>
<section aria-labelledby="removed-heading">
<h2 id="removed-heading">[[plans.diff.removed_heading]] ({{REMOVED_COUNT}})</h2>
<ul>{{#REMOVED}}<li>{{TEXT}}</li>{{/REMOVED}}</ul>
</section>
<section aria-labelledby="changed-heading">
<h2 id="changed-heading">[[plans.diff.changed_heading]] ({{CHANGED_COUNT}})</h2>
<ul>{{#CHANGED}}<li>{{TEXT}}</li>{{/CHANGED}}</ul>
</section>
