{{%AUTOESCAPE context="HTML"}}
<h1>[[register.organisations.title]]</h1>
<p>[[register.organisations.intro]] <a href="/networks">[[register.networks.title]]</a> · <a href="/contacts">[[register.contacts.title]]</a> · <a href="/transfers">[[register.transfers.title]]</a></p>
{{#MAY_CREATE}}<p><a class="button" href="/organisations/new">[[register.organisation.new_title]]</a> <a href="/organisations/import">[[import.organisations.title]]</a> · <a href="/ties/import">[[import.ties.title]]</a></p>{{/MAY_CREATE}}
<form method="get" action="/organisations" class="form filters" role="search" aria-label="[[register.filter.label]]">
  <div class="field">
    <label for="q">[[register.filter.search]]</label>
    <input id="q" name="q" type="search" value="{{Q}}">
  </div>
  <div class="field">
    <label for="type">[[register.organisation.type]]</label>
    <select id="type" name="type"><option value="">[[register.filter.all]]</option>{{#TYPE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TYPE_OPTION}}</select>
  </div>
  <div class="field">
    <label for="municipality">[[register.organisation.municipality]]</label>
    <select id="municipality" name="municipality"><option value="">[[register.filter.all]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="network">[[register.filter.network]]</label>
    <select id="network" name="network"><option value="">[[register.filter.all]]</option>{{#NETWORK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/NETWORK_OPTION}}</select>
  </div>
  <div class="field">
    <label for="tag">[[register.organisation.tag]]</label>
    <input id="tag" name="tag" type="text" value="{{TAG}}">
  </div>
  <div class="field">
    <label for="migrant_led">[[register.organisation.migrant_led]]</label>
    <select id="migrant_led" name="migrant_led"><option value="">[[register.filter.all]]</option>{{#MIGRANT_LED_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MIGRANT_LED_OPTION}}</select>
  </div>
  <div class="field">
    <label for="active">[[register.filter.active]]</label>
    <select id="active" name="active"><option value="">[[register.filter.all]]</option>{{#ACTIVE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ACTIVE_OPTION}}</select>
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
  <a href="/organisations">[[register.filter.reset]]</a>
</form>
<p class="exports">[[export.label]] <a href="{{EXPORT_CSV}}" download>[[export.csv]]</a> · <a href="{{EXPORT_XLSX}}" download>[[export.xlsx]]</a></p>
{{#EMPTY}}<p>[[register.organisations.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register.organisations.title]]</caption>
  <thead><tr><th scope="col">[[register.organisation.name]]</th><th scope="col">[[register.organisation.type]]</th><th scope="col">[[register.organisation.municipality]]</th><th scope="col">[[register.organisation.status]]</th></tr></thead>
  <tbody>
  {{#ORGANISATION}}<tr><td><a href="/organisations/{{ID}}">{{NAME}}</a>{{#MIGRANT_LED}} <span class="badge">[[register.organisation.migrant_led_badge]]</span>{{/MIGRANT_LED}}</td><td>{{TYPE}}</td><td>{{MUNICIPALITY}}</td><td>{{#INACTIVE}}[[register.inactive]]{{/INACTIVE}}</td></tr>{{/ORGANISATION}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]" hx-boost="true" hx-target="#main" hx-push-url="true">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
