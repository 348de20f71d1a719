{{%AUTOESCAPE context="HTML"}}
<h1>[[events.personal.title]]</h1>
{{#CONTENT_TITLE}}<h2 lang="{{LANG}}" dir="{{DIR}}">{{TEXT}}</h2>{{/CONTENT_TITLE}}
<dl class="details">
  <dt>[[events.registration.name]]</dt><dd>{{NAME}}</dd>
  <dt>[[events.registration.status]]</dt><dd id="registration-status">{{STATUS}}</dd>
  <dt>[[events.field.when]]</dt><dd>{{WHEN}}</dd>
  <dt>[[events.field.place]]</dt><dd>{{PLACE}} {{MUNICIPALITY}}</dd>
</dl>
{{#IS_REGISTERED}}<p>[[events.personal.registered]]</p>{{/IS_REGISTERED}}
{{#IS_WAITING}}<p>[[events.personal.waiting]]</p>{{/IS_WAITING}}
{{#IS_ATTENDED}}<p>[[events.personal.attended]]</p>{{/IS_ATTENDED}}
{{#IS_CANCELLED}}<p>[[events.personal.cancelled]]</p>{{/IS_CANCELLED}}
<p>[[events.personal.keep_link]]</p>
<p><label for="personal_url">[[events.personal.link]]</label><br><input id="personal_url" type="text" readonly size="70" value="{{PERSONAL_URL}}"></p>
{{#SHOW_QR}}
<h2>[[events.qr.title]]</h2>
<p>[[events.personal.qr_hint]]</p>
<p><img src="/r/{{TOKEN}}/qr.svg" alt="[[events.personal.qr_alt]]" width="200" height="200"></p>
{{/SHOW_QR}}
<p><a href="/e/{{PUBLIC_ID}}/event.ics" download>[[events.detail.ics]]</a> · <a href="/e/{{PUBLIC_ID}}">[[events.personal.event_page]]</a></p>
{{#MAY_CANCEL}}
<form method="post" action="/r/{{TOKEN}}/cancel" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button button--danger">[[events.personal.cancel]]</button>
</form>
{{/MAY_CANCEL}}
