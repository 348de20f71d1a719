{{%AUTOESCAPE context="HTML"}}
<h1>[[register.contacts.title]]</h1>
<p>[[register.contacts.intro]] <a href="/organisations">[[register.organisations.title]]</a></p>
{{#MAY_CREATE}}<p><a class="button" href="/contacts/new">[[register.contact.new_title]]</a>{{#MAY_IMPORT}} <a href="/contacts/import">[[import.contacts.title]]</a>{{/MAY_IMPORT}}</p>{{/MAY_CREATE}}
<form method="get" action="/contacts" class="form filters" role="search" aria-label="[[register.filter.label]]">
  <div class="field">
    <label for="q">[[register.filter.search]]</label>
    <input id="q" name="q" type="search" value="{{Q}}">
  </div>
  <div class="field">
    <label for="organisation">[[register.contact.organisation]]</label>
    <select id="organisation" name="organisation"><option value="">[[register.filter.all]]</option>{{#ORGANISATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORGANISATION_OPTION}}</select>
  </div>
  <button type="submit" class="button">[[register.filter.apply]]</button>
  <a href="/contacts">[[register.filter.reset]]</a>
</form>
<p class="exports">[[export.label]] <a href="{{EXPORT_CSV}}" download>[[export.csv]]</a> · <a href="{{EXPORT_XLSX}}" download>[[export.xlsx]]</a></p>
{{#EMPTY}}<p>[[register.contacts.empty]]</p>{{/EMPTY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register.contacts.title]]</caption>
  <thead><tr><th scope="col">[[register.contact.name]]</th><th scope="col">[[register.contact.function]]</th><th scope="col">[[register.contact.organisation]]</th><th scope="col">[[register.contact.email]]</th><th scope="col">[[register.contact.phone]]</th></tr></thead>
  <tbody>
  {{#CONTACT}}<tr><td><a href="/contacts/{{ID}}">{{NAME}}</a></td><td>{{FUNCTION}}</td><td><a href="/organisations/{{ORGANISATION_ID}}">{{ORGANISATION_NAME}}</a></td><td>{{EMAIL}}</td><td>{{PHONE}}</td></tr>{{/CONTACT}}
  </tbody>
</table>
</div>
<nav class="pager" aria-label="[[register.pages]]">
  {{#PREV}}<a href="{{HREF}}" rel="prev">[[register.prev]]</a>{{/PREV}}
  <span>{{PAGE_INFO}}</span>
  {{#NEXT}}<a href="{{HREF}}" rel="next">[[register.next]]</a>{{/NEXT}}
</nav>
