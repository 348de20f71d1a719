{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.list.title]]</h1>
<p>[[offers.list.intro]]</p>
<p class="subnav"><a href="/offers">[[offers.list.title]]</a> · <a href="/needs">[[offers.needs.title]]</a> · <a href="/offers/check">[[offers.check.title]]</a> · <a href="/offers/criteria">[[offers.criteria.title]]</a></p>
{{#MAY_CREATE}}<p><a class="button" href="/offers/new">[[offers.offer.new_title]]</a></p>{{/MAY_CREATE}}
<form method="get" action="/offers" class="form filters" role="search" aria-label="[[register.filter.label]]">
  <div class="field">
    <label for="q">[[offers.list.search]]</label>
    <input id="q" name="q" type="search" value="{{Q}}">
  </div>
  <div class="field">
    <label for="target_group">[[offers.offer.target_group]]</label>
    <select id="target_group" name="target_group"><option value="">[[register.filter.all]]</option>{{#TARGET_GROUP_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TARGET_GROUP_OPTION}}</select>
  </div>
  <div class="field">
    <label for="field">[[offers.offer.field]]</label>
    <select id="field" name="field"><option value="">[[register.filter.all]]</option>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>
  </div>
  <div class="field">
    <label for="format">[[offers.offer.format]]</label>
    <select id="format" name="format"><option value="">[[register.filter.all]]</option>{{#FORMAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMAT_OPTION}}</select>
  </div>
  <div class="field">
    <label for="municipality">[[offers.offer.municipality]]</label>
    <select id="municipality" name="municipality"><option value="">[[register.filter.all]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="status">[[offers.offer.status]]</label>
    <select id="status" name="status"><option value="">[[register.filter.all]]</option>{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
  </div>
  <div class="field">
    <label for="provider">[[offers.offer.provider]]</label>
    <select id="provider" name="provider"><option value="">[[register.filter.all]]</option>{{#PROVIDER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PROVIDER_OPTION}}</select>
  </div>
  <div class="field">
    <label for="language">[[offers.offer.language]]</label>
    <select id="language" name="language"><option value="">[[register.filter.all]]</option>{{#LANGUAGE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/LANGUAGE_OPTION}}</select>
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
  <a href="/offers">[[register.filter.reset]]</a>
</form>
{{#EMPTY}}<p>[[offers.list.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.list.title]]</caption>
  <thead><tr><th scope="col">[[offers.offer.title_field]]</th><th scope="col">[[offers.offer.provider]]</th><th scope="col">[[offers.offer.field]]</th><th scope="col">[[offers.offer.target_groups]]</th><th scope="col">[[offers.offer.municipalities]]</th><th scope="col">[[offers.offer.status]]</th><th scope="col">[[offers.offer.translations]]</th></tr></thead>
  <tbody>
  {{#OFFER}}<tr><td><a href="/offers/{{ID}}">{{TITLE}}</a>{{#FUNDING_ENDS}} <span class="badge badge--warning">[[offers.offer.funding_ends_badge]]</span>{{/FUNDING_ENDS}}{{#PUBLISHED}} <span class="badge">[[offers.offer.published_badge]]</span>{{/PUBLISHED}}</td><td><a href="/organisations/{{PROVIDER_ID}}">{{PROVIDER}}</a></td><td>{{FIELD}}</td><td>{{TARGET_GROUPS}}</td><td>{{MUNICIPALITIES}}</td><td>{{STATUS}}</td><td>{{TRANSLATIONS}}</td></tr>{{/OFFER}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]" hx-boost="true" hx-target="#main" hx-push-url="true">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
