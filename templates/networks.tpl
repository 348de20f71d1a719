{{%AUTOESCAPE context="HTML"}}
<h1>[[register.networks.title]]</h1>
<p>[[register.networks.intro]] <a href="/organisations">[[register.organisations.title]]</a> · <a href="/contacts">[[register.contacts.title]]</a> · <a href="/transfers">[[register.transfers.title]]</a></p>
{{#MAY_CREATE}}<p><a class="button" href="/networks/new">[[register.network.new_title]]</a> <a href="/networks/import">[[import.networks.title]]</a> · <a href="/memberships/import">[[import.memberships.title]]</a></p>{{/MAY_CREATE}}
<form method="get" action="/networks" class="form filters" role="search" aria-label="[[register.filter.label]]">
  <div class="field">
    <label for="q">[[register.filter.search]]</label>
    <input id="q" name="q" type="search" value="{{Q}}">
  </div>
  <div class="field">
    <label for="focus">[[register.network.focus]]</label>
    <select id="focus" name="focus"><option value="">[[register.filter.all]]</option>{{#FOCUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FOCUS_OPTION}}</select>
  </div>
  <div class="field">
    <label for="status">[[register.network.status]]</label>
    <select id="status" name="status"><option value="">[[register.filter.all]]</option>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
  </div>
  <div class="field">
    <label for="municipality">[[register.organisation.municipality]]</label>
    <select id="municipality" name="municipality"><option value="">[[register.filter.all]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="sort">[[register.sort.label]]</label>
    <select id="sort" name="sort">{{#SORT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SORT_OPTION}}</select>
  </div>
  <div class="field">
    <label for="order">[[register.sort.order]]</label>
    <select id="order" name="order">{{#ORDER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORDER_OPTION}}</select>
  </div>
  <button type="submit" class="button">[[register.filter.apply]]</button>
  <a href="/networks">[[register.filter.reset]]</a>
</form>
<p class="exports">[[export.label]] <a href="{{EXPORT_CSV}}" download>[[export.csv]]</a> · <a href="{{EXPORT_XLSX}}" download>[[export.xlsx]]</a></p>
{{#EMPTY}}<p>[[register.networks.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register.networks.title]]</caption>
  <thead><tr><th scope="col">[[register.network.name]]</th><th scope="col">[[register.network.focus]]</th><th scope="col">[[register.network.status]]</th></tr></thead>
  <tbody>
  {{#NETWORK}}<tr><td><a href="/networks/{{ID}}">{{NAME}}</a></td><td>{{FOCUS}}</td><td>{{STATUS}}</td></tr>{{/NETWORK}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]" hx-boost="true" hx-target="#main" hx-push-url="true">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
