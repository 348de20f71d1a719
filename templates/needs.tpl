{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.needs.title]]</h1>
<p>[[offers.needs.intro]]</p>
<p class="subnav"><a href="/offers">[[offers.list.title]]</a> · <a href="/needs">[[offers.needs.title]]</a> · <a href="/offers/check">[[offers.check.title]]</a> · <a href="/offers/criteria">[[offers.criteria.title]]</a></p>
{{#MAY_CREATE}}<p><a class="button" href="/needs/new">[[offers.need.new_title]]</a></p>{{/MAY_CREATE}}
<form method="get" action="/needs" class="form filters" role="search" aria-label="[[register.filter.label]]">
  <div class="field">
    <label for="status">[[offers.need.status]]</label>
    <select id="status" name="status"><option value="">[[register.filter.all]]</option>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
  </div>
  <div class="field">
    <label for="target_group">[[offers.need.target_group]]</label>
    <select id="target_group" name="target_group"><option value="">[[register.filter.all]]</option>{{#TARGET_GROUP_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TARGET_GROUP_OPTION}}</select>
  </div>
  <div class="field">
    <label for="field">[[offers.offer.field]]</label>
    <select id="field" name="field"><option value="">[[register.filter.all]]</option>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>
  </div>
  <div class="field">
    <label for="municipality">[[offers.need.municipality]]</label>
    <select id="municipality" name="municipality"><option value="">[[register.filter.all]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="urgency">[[offers.need.urgency]]</label>
    <select id="urgency" name="urgency"><option value="">[[register.filter.all]]</option>{{#URGENCY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/URGENCY_OPTION}}</select>
  </div>
  <button type="submit" class="button">[[register.filter.apply]]</button>
  <a href="/needs">[[register.filter.reset]]</a>
</form>
{{#EMPTY}}<p>[[offers.needs.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.needs.title]]</caption>
  <thead><tr><th scope="col">[[offers.need.description]]</th><th scope="col">[[offers.need.reported_on]]</th><th scope="col">[[offers.need.source]]</th><th scope="col">[[offers.need.target_group]]</th><th scope="col">[[offers.offer.field]]</th><th scope="col">[[offers.need.municipality]]</th><th scope="col">[[offers.need.urgency]]</th><th scope="col">[[offers.need.status]]</th></tr></thead>
  <tbody>
  {{#NEED}}<tr><td><a href="/needs/{{ID}}">{{DESCRIPTION}}</a></td><td>{{REPORTED_ON}}</td><td>{{SOURCE}}</td><td>{{TARGET_GROUP}}</td><td>{{FIELD}}</td><td>{{MUNICIPALITY}}</td><td>{{URGENCY}}</td><td>{{STATUS}}</td></tr>{{/NEED}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]" hx-boost="true" hx-target="#main" hx-push-url="true">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
