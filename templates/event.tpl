{{%AUTOESCAPE context="HTML"}}
<h1>{{TITLE}}</h1>
<p><a href="/events">[[events.list.title]]</a></p>
{{#MAY_EDIT}}<p class="actions"><a class="button" href="/events/{{ID}}/edit">[[events.detail.edit]]</a> <a class="button" href="/events/{{ID}}/registrations">[[events.registrations.title]]</a> <a class="button" href="/events/{{ID}}/check-in">[[events.check_in_list.title]]</a> <a class="button button--danger" href="/events/{{ID}}/delete">[[events.delete.title]]</a></p>{{/MAY_EDIT}}
<dl class="details">
  <dt>[[events.field.format]]</dt><dd>{{FORMAT}}</dd>
  <dt>[[events.field.when]]</dt><dd>{{WHEN}}</dd>
  <dt>[[events.field.place]]</dt><dd>{{PLACE}}</dd>
  <dt>[[events.field.municipality]]</dt><dd>{{MUNICIPALITY}}</dd>
  <dt>[[events.field.organiser]]</dt><dd>{{ORGANISER}}</dd>
  <dt>[[events.field.co_organisers]]</dt><dd>{{CO_ORGANISERS}}</dd>
  <dt>[[events.field.networks]]</dt><dd>{{#LINKED_NETWORK}}<a href="/networks/{{NETWORK_ID}}">{{NAME}}</a> {{/LINKED_NETWORK}}</dd>
  <dt>[[events.field.audience]]</dt><dd>{{AUDIENCE}}</dd>
  <dt>[[events.field.capacity]]</dt><dd>{{CAPACITY}}</dd>
  <dt>[[events.field.languages]]</dt><dd>{{LANGUAGES}}</dd>
  <dt>[[events.detail.translations]]</dt><dd>{{TRANSLATIONS}}</dd>
  <dt>[[events.detail.registration]]</dt><dd>{{REGISTRATION}}</dd>
  <dt>[[events.detail.public_link]]</dt><dd><a href="{{PUBLIC_PATH}}">{{PUBLIC_URL}}</a></dd>
  <dt>[[events.detail.numbers]]</dt><dd>[[events.list.registered]]: {{TAKEN}} · [[events.list.waiting]]: {{WAITING}} · [[events.list.attended]]: {{ATTENDED}} · <a href="/events/{{ID}}/figures">[[events.figures.title]]</a></dd>
  <dt>[[events.detail.calendar]]</dt><dd><a href="/events/{{ID}}/event.ics" download>[[events.detail.ics]]</a></dd>
</dl>
{{#SPEEDDATING}}<section aria-labelledby="speeddating-heading"><h2 id="speeddating-heading">[[speeddating.section.title]]</h2><p>[[speeddating.section.intro]]</p><p><a class="button" href="/events/{{ID}}/speeddating">[[speeddating.section.open]]</a></p></section>{{/SPEEDDATING}}
<h2>[[events.field.description]]</h2>
<p class="prewrap" lang="de">{{DESCRIPTION}}</p>

<h2 id="invitations">[[events.invitations.title]]</h2>
{{#NO_INVITATIONS}}<p>[[events.invitations.empty]]</p>{{/NO_INVITATIONS}}
<ul>
{{#INVITATION}}<li>{{KIND}}: {{TARGET}} ({{INVITED_ON}}) {{NOTE}}{{#MAY_EDIT}}
  <form method="post" action="/events/{{ID}}/invitations/{{INVITATION_ID}}/delete" class="inline-form">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit" class="button button--quiet">[[events.invitations.remove]]<span class="visually-hidden">: {{TARGET}}</span></button>
  </form>{{/MAY_EDIT}}</li>{{/INVITATION}}
</ul>
{{#MAY_EDIT}}
<form method="post" action="/events/{{ID}}/invitations" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <fieldset class="fieldset">
  <legend>[[events.invitations.new]]</legend>
  <div class="field">
    <label for="kind">[[events.invitations.kind]]</label>
    <select id="kind" name="kind">{{#KIND_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/KIND_OPTION}}</select>
  </div>
  <div class="field">
    <label for="target_organisation">[[events.invitation.kind.organisation]]</label>
    <select id="target_organisation" name="target_organisation"><option value="">[[register.none]]</option>{{#INVITE_ORGANISATION_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/INVITE_ORGANISATION_OPTION}}</select>
  </div>
  <div class="field">
    <label for="target_contact">[[events.invitation.kind.contact]]</label>
    <select id="target_contact" name="target_contact"><option value="">[[register.none]]</option>{{#INVITE_CONTACT_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/INVITE_CONTACT_OPTION}}</select>
  </div>
  <div class="field">
    <label for="target_network">[[events.invitation.kind.network]]</label>
    <select id="target_network" name="target_network"><option value="">[[register.none]]</option>{{#INVITE_NETWORK_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/INVITE_NETWORK_OPTION}}</select>
  </div>
  <p class="hint">[[events.invitations.hint]]</p>
  <div class="field">
    <label for="invited_on">[[events.invitations.invited_on]]</label>
    <input id="invited_on" name="invited_on" type="date" value="{{TODAY}}">
  </div>
  <div class="field">
    <label for="invitation_note">[[events.invitations.note]]</label>
    <input id="invitation_note" name="note" type="text">
  </div>
  <button type="submit" class="button">[[events.invitations.submit]]</button>
  </fieldset>
</form>
{{/MAY_EDIT}}

<h2 id="topics">[[events.topics.title]]</h2>
<p>[[events.topics.intro]]</p>
{{#NO_TOPICS}}<p>[[events.topics.empty]]</p>{{/NO_TOPICS}}
<ul>
{{#TOPIC}}<li><strong>{{TOPIC}}</strong> {{NOTE}}
  {{#TRANSFERRED}}<span class="badge">[[events.topics.transferred]]</span> <a href="/transfers">[[register.transfers.title]]</a>{{/TRANSFERRED}}
  {{#MAY_FOLLOW_UP}}<a href="/events/{{ID}}/topics/{{TOPIC_ID}}/transfer">[[events.topics.to_transfer]]<span class="visually-hidden">: {{TOPIC}}</span></a>{{/MAY_FOLLOW_UP}}</li>{{/TOPIC}}
</ul>
{{#MAY_EDIT}}
<form method="post" action="/events/{{ID}}/topics" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="topic">[[events.topics.topic]]</label>
    <input id="topic" name="topic" type="text" required>
  </div>
  <div class="field">
    <label for="topic_note">[[events.topics.note]]</label>
    <input id="topic_note" name="note" type="text">
  </div>
  <button type="submit" class="button">[[events.topics.submit]]</button>
</form>
{{/MAY_EDIT}}
