{{%AUTOESCAPE context="HTML"}}
<link rel="stylesheet" href="/static/css/events.css">
<div class="check-in-list">
<h1>[[events.check_in_list.title]]: {{EVENT_TITLE}}</h1>
<p>{{WHEN}} · {{PLACE}}</p>
<p class="no-print"><a href="/events/{{ID}}">[[events.registrations.back]]</a> · [[events.check_in_list.print_hint]]</p>
{{#EMPTY}}<p>[[events.check_in_list.empty]]</p>{{/EMPTY}}
<table class="table check-in-table">
  <caption class="visually-hidden">[[events.check_in_list.title]]</caption>
  <thead><tr><th scope="col">[[events.check_in_list.number]]</th><th scope="col">[[events.registration.name]]</th><th scope="col">[[events.registration.organisation]]</th><th scope="col">[[events.check_in_list.present]]</th><th scope="col">[[events.check_in_list.signature]]</th></tr></thead>
  <tbody>
  {{#ROW}}<tr id="r{{REGISTRATION_ID}}"><td>{{N}}</td><td>{{NAME}}</td><td>{{ORGANISATION}}</td><td>
    {{#ATTENDED}}<span class="check-in-mark">✓ [[events.status.attended]]</span>{{/ATTENDED}}
    <form method="post" action="/events/{{ID}}/registrations/{{REGISTRATION_ID}}/check-in" class="inline-form no-print">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <input type="hidden" name="back" value="list">
      {{#ATTENDED}}<input type="hidden" name="attended" value="0"><button type="submit" class="button button--quiet">[[events.check_in.undo]]<span class="visually-hidden">: {{NAME}}</span></button>{{/ATTENDED}}
      {{#NOT_ATTENDED}}<button type="submit" class="button">[[events.check_in.submit]]<span class="visually-hidden">: {{NAME}}</span></button>{{/NOT_ATTENDED}}
    </form>
    <span class="print-box" aria-hidden="true"></span></td><td class="signature-cell"></td></tr>{{/ROW}}
  </tbody>
</table>
</div>
