{{%AUTOESCAPE context="HTML"}}
<h1>[[dashboard.title]]: {{REGION_NAME}}</h1>
<p class="lead">{{GREETING}}</p>
<div class="cards">
  <section class="card" aria-labelledby="card-region">
    <h2 id="card-region">[[dashboard.region_heading]]</h2>
    <p>{{MUNICIPALITY_COUNT}}</p>
    <p><a href="/region">[[dashboard.region_link]]</a></p>
  </section>
  <section class="card" aria-labelledby="card-team">
    <h2 id="card-team">[[dashboard.team_heading]]</h2>
    <table class="table table--compact">
      <caption class="visually-hidden">[[dashboard.team_caption]]</caption>
      <thead><tr><th scope="col">[[dashboard.role]]</th><th scope="col" class="num">[[dashboard.count]]</th></tr></thead>
      <tbody>
      {{#ROLE_COUNT}}<tr><td>{{ROLE}}</td><td class="num">{{COUNT}}</td></tr>{{/ROLE_COUNT}}
      </tbody>
    </table>
  </section>
  <section class="card" aria-labelledby="card-modules">
    <h2 id="card-modules">[[dashboard.modules_heading]]</h2>
    <p>[[dashboard.modules_text]]</p>
  </section>
</div>
{{#RECENT_CHANGES}}
<section aria-labelledby="recent-heading">
  <h2 id="recent-heading">[[dashboard.recent_heading]]</h2>
  {{#NO_CHANGES}}<p>[[dashboard.no_changes]]</p>{{/NO_CHANGES}}
  <ul class="plain-list">
    {{#CHANGE}}<li><time>{{AT}}</time> – {{WHO}}: {{ACTION}} ({{OBJECT}})</li>{{/CHANGE}}
  </ul>
  <p><a href="/admin/audit">[[dashboard.audit_link]]</a></p>
</section>
{{/RECENT_CHANGES}}
