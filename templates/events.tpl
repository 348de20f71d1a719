{{%AUTOESCAPE context="HTML"}}
<h1>[[events.list.title]]</h1>
<p>[[events.list.intro]]</p>
{{#MAY_CREATE}}<p><a class="button" href="/events/new">[[events.form.new_title]]</a> <a href="/events/feed">[[events.feed.title]]</a></p>{{/MAY_CREATE}}
<form method="get" action="/events" class="form filters" role="search" aria-label="[[events.list.filter_label]]">
  <div class="field">
    <label for="q">[[register.filter.search]]</label>
    <input id="q" name="q" type="search" value="{{Q}}">
  </div>
  <div class="field">
    <label for="format">[[events.field.format]]</label>
    <select id="format" name="format"><option value="">[[register.filter.all]]</option>{{#FORMAT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FORMAT_OPTION}}</select>
  </div>
  <div class="field">
    <label for="municipality">[[events.field.municipality]]</label>
    <select id="municipality" name="municipality"><option value="">[[register.filter.all]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="from">[[events.list.from]]</label>
    <input id="from" name="from" type="date" value="{{FROM}}"{{#FROM_ERROR}} aria-invalid="true" aria-describedby="from-error"{{/FROM_ERROR}}>
    {{#FROM_ERROR}}<p class="field-error" id="from-error">{{MESSAGE}}</p>{{/FROM_ERROR}}
  </div>
  <div class="field">
    <label for="to">[[events.list.to]]</label>
    <input id="to" name="to" type="date" value="{{TO}}"{{#TO_ERROR}} aria-invalid="true" aria-describedby="to-error"{{/TO_ERROR}}>
    {{#TO_ERROR}}<p class="field-error" id="to-error">{{MESSAGE}}</p>{{/TO_ERROR}}
  </div>
  <div class="field">
    <label for="order">[[register.sort.order]]</label>
    <select id="order" name="order">{{#ORDER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORDER_OPTION}}</select>
  </div>
  <button type="submit" class="button">[[register.filter.apply]]</button>
  <a href="/events">[[register.filter.reset]]</a>
</form>
{{#EMPTY}}<p>[[events.list.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[events.list.title]]</caption>
  <thead><tr><th scope="col">[[events.field.title]]</th><th scope="col">[[events.field.format]]</th><th scope="col">[[events.field.when]]</th><th scope="col">[[events.field.municipality]]</th><th scope="col">[[events.list.registered]]</th><th scope="col">[[events.list.waiting]]</th><th scope="col">[[events.list.attended]]</th></tr></thead>
  <tbody>
  {{#EVENT}}<tr><td><a href="/events/{{ID}}">{{TITLE}}</a></td><td>{{FORMAT}}</td><td>{{WHEN}}</td><td>{{MUNICIPALITY}}</td><td>{{REGISTERED}}</td><td>{{WAITING}}</td><td>{{ATTENDED}}</td></tr>{{/EVENT}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]" hx-boost="true" hx-target="#main" hx-push-url="true">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
