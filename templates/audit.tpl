{{%AUTOESCAPE context="HTML"}}
<h1>[[audit.title]]</h1>
<p>[[audit.intro]]</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="[[audit.title]]">
<table class="table">
  <caption class="visually-hidden">[[audit.title]]</caption>
  <thead><tr><th scope="col">[[audit.when]]</th><th scope="col">[[audit.who]]</th><th scope="col">[[audit.what]]</th><th scope="col">[[audit.object]]</th><th scope="col">[[audit.changes]]</th></tr></thead>
  <tbody>
  {{#ENTRY}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{OBJECT}} {{OBJECT_ID}}</td><td>{{CHANGES}}</td></tr>{{/ENTRY}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[audit.pages]]" hx-boost="true" hx-target="#main" hx-push-url="true">
  {{#PREV}}<a href="/admin/audit?page={{PAGE}}" rel="prev">[[audit.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="/admin/audit?page={{PAGE}}" rel="next">[[audit.next]]</a>{{/NEXT}}
</nav>
