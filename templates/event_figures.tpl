{{%AUTOESCAPE context="HTML"}}
<h1>[[events.figures.title]]: {{EVENT_TITLE}}</h1>
<p><a href="/events/{{ID}}">[[events.registrations.back]]</a></p>
<dl class="details">
  <dt>[[events.list.registered]]</dt><dd>{{REGISTERED}}</dd>
  <dt>[[events.list.attended]]</dt><dd>{{ATTENDED}}</dd>
  <dt>[[events.list.waiting]]</dt><dd>{{WAITING}}</dd>
  <dt>[[events.figures.cancelled]]</dt><dd>{{CANCELLED}}</dd>
</dl>
{{#NO_ATTENDEES}}<p>[[events.figures.none]]</p>{{/NO_ATTENDEES}}
<h2>[[events.figures.by_type]]</h2>
<table class="table">
  <caption class="visually-hidden">[[events.figures.by_type]]</caption>
  <thead><tr><th scope="col">[[events.figures.type]]</th><th scope="col">[[events.figures.attendees]]</th><th scope="col">[[events.figures.organisations]]</th></tr></thead>
  <tbody>{{#BY_TYPE}}<tr><td>{{KEY}}</td><td>{{ATTENDEES}}</td><td>{{ORGANISATIONS}}</td></tr>{{/BY_TYPE}}</tbody>
</table>
<h2>[[events.figures.by_municipality]]</h2>
<table class="table">
  <caption class="visually-hidden">[[events.figures.by_municipality]]</caption>
  <thead><tr><th scope="col">[[events.field.municipality]]</th><th scope="col">[[events.figures.attendees]]</th><th scope="col">[[events.figures.organisations]]</th></tr></thead>
  <tbody>{{#BY_MUNICIPALITY}}<tr><td>{{KEY}}</td><td>{{ATTENDEES}}</td><td>{{ORGANISATIONS}}</td></tr>{{/BY_MUNICIPALITY}}</tbody>
</table>
