{{%AUTOESCAPE context="HTML"}}
<h1>{{NAME}}</h1>
{{#MAY_EDIT}}<p class="actions"><a class="button" href="/networks/{{ID}}/edit">[[register.edit]]</a> <a class="button button--quiet" href="/networks/{{ID}}/delete">[[register.delete]]</a></p>{{/MAY_EDIT}}
<section aria-labelledby="profile-heading">
<h2 id="profile-heading">[[register.network.profile]]</h2>
<dl class="facts">
  <dt>[[register.network.focus]]</dt><dd>{{FOCUS}}</dd>
  <dt>[[register.network.status]]</dt><dd>{{STATUS}} {{STATUS_SINCE}}</dd>
  <dt>[[register.network.started_on]]</dt><dd>{{STARTED_ON}}</dd>
  <dt>[[register.network.lead]]</dt><dd>{{#LEAD}}<a href="/organisations/{{LEAD_ID}}">{{LEAD_NAME}}</a>{{/LEAD}}</dd>
  <dt>[[register.network.municipalities]]</dt><dd>{{MUNICIPALITIES}}</dd>
  <dt>[[register.network.goals]]</dt><dd class="pre">{{GOALS}}</dd>
  <dt>[[register.network.rhythm]]</dt><dd>{{RHYTHM}}</dd>
  <dt>[[register.network.format]]</dt><dd>{{FORMAT}}</dd>
  <dt>[[register.network.channels]]</dt><dd>{{CHANNELS}}</dd>
  <dt>[[register.network.work_forms]]</dt><dd class="pre">{{WORK_FORMS}}</dd>
</dl>
</section>
<section aria-labelledby="members-heading">
<h2 id="members-heading">[[register.network.members]]</h2>
<form method="get" action="/networks/{{ID}}" class="form form--inline">
  <div class="field">
    <label for="as_of">[[register.as_of]]</label>
    <input id="as_of" name="as_of" type="date" value="{{AS_OF}}">
  </div>
  <button type="submit" class="button">[[register.show]]</button>
</form>
{{#NO_MEMBERS}}<p>[[register.network.no_members]]</p>{{/NO_MEMBERS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register.network.members]]</caption>
  <thead><tr><th scope="col">[[register.organisation.name]]</th><th scope="col">[[register.membership.role]]</th><th scope="col">[[register.membership.since]]</th><th scope="col">[[register.membership.until]]</th></tr></thead>
  <tbody>
  {{#MEMBER}}<tr><td><a href="/organisations/{{ORGANISATION_ID}}">{{ORGANISATION_NAME}}</a></td><td>{{ROLE}}</td><td>{{SINCE}}</td><td>{{UNTIL}}{{#END_FORM}}
    <form method="post" action="/networks/{{ID}}/memberships/{{MEMBERSHIP_ID}}/end" class="form form--inline">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <input type="hidden" name="until" value="{{TODAY}}">
      <button type="submit" class="button button--quiet">[[register.membership.end]]<span class="visually-hidden"> {{ORGANISATION_NAME}}</span></button>
    </form>{{/END_FORM}}</td></tr>{{/MEMBER}}
  </tbody>
</table>
</div>
{{#ADD_MEMBER}}
<h3 id="add-member-heading">[[register.membership.add_title]]</h3>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{FORM_MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="post" action="/networks/{{ID}}/memberships" class="form" aria-labelledby="add-member-heading" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="organisation_id">[[register.membership.organisation]]</label>
    <select id="organisation_id" name="organisation_id"{{#ORGANISATION_ID_ERROR}} aria-invalid="true" aria-describedby="organisation_id-error"{{/ORGANISATION_ID_ERROR}}><option value="">[[register.choose]]</option>{{#ORGANISATION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ORGANISATION_OPTION}}</select>
    {{#ORGANISATION_ID_ERROR}}<p class="field-error" id="organisation_id-error">{{MESSAGE}}</p>{{/ORGANISATION_ID_ERROR}}
  </div>
  <div class="field">
    <label for="role">[[register.membership.role]]</label>
    <select id="role" name="role"{{#ROLE_ERROR}} aria-invalid="true" aria-describedby="role-error"{{/ROLE_ERROR}}>{{#ROLE_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/ROLE_OPTION}}</select>
    {{#ROLE_ERROR}}<p class="field-error" id="role-error">{{MESSAGE}}</p>{{/ROLE_ERROR}}
  </div>
  <div class="field">
    <label for="since">[[register.membership.since]]</label>
    <input id="since" name="since" type="text" value="{{SINCE}}" aria-describedby="since-hint{{#SINCE_ERROR}} since-error{{/SINCE_ERROR}}"{{#SINCE_ERROR}} aria-invalid="true"{{/SINCE_ERROR}}>
    <p class="hint" id="since-hint">[[register.date_hint]]</p>
    {{#SINCE_ERROR}}<p class="field-error" id="since-error">{{MESSAGE}}</p>{{/SINCE_ERROR}}
  </div>
  <div class="field">
    <label for="until">[[register.membership.until]]</label>
    <input id="until" name="until" type="text" value="{{UNTIL}}" aria-describedby="until-hint{{#UNTIL_ERROR}} until-error{{/UNTIL_ERROR}}"{{#UNTIL_ERROR}} aria-invalid="true"{{/UNTIL_ERROR}}>
    <p class="hint" id="until-hint">[[register.membership.until_hint]]</p>
    {{#UNTIL_ERROR}}<p class="field-error" id="until-error">{{MESSAGE}}</p>{{/UNTIL_ERROR}}
  </div>
  <button type="submit" class="button">[[register.membership.add]]</button>
</form>
{{/ADD_MEMBER}}
</section>
<section aria-labelledby="transfers-heading">
<h2 id="transfers-heading">[[register.network.transfers]]</h2>
{{#MAY_EDIT}}<p><a class="button" href="/transfers/new?network={{ID}}">[[register.transfer.new_title]]</a> <a href="/transfers">[[register.transfers.all]]</a></p>{{/MAY_EDIT}}
<h3>[[register.network.incoming]]</h3>
{{#NO_INCOMING}}<p>[[register.network.no_transfers]]</p>{{/NO_INCOMING}}
<ul>{{#INCOMING}}<li>{{DATE}}: {{TOPIC}} – [[register.transfer.from]] {{#OTHER_LINK}}<a href="/networks/{{OTHER_ID}}">{{/OTHER_LINK}}{{OTHER}}{{#OTHER_LINK}}</a>{{/OTHER_LINK}}. {{RESULT}}</li>{{/INCOMING}}</ul>
<h3>[[register.network.outgoing]]</h3>
{{#NO_OUTGOING}}<p>[[register.network.no_transfers]]</p>{{/NO_OUTGOING}}
<ul>{{#OUTGOING}}<li>{{DATE}}: {{TOPIC}} – [[register.transfer.to]] {{#OTHER_LINK}}<a href="/networks/{{OTHER_ID}}">{{/OTHER_LINK}}{{OTHER}}{{#OTHER_LINK}}</a>{{/OTHER_LINK}}. {{RESULT}}</li>{{/OUTGOING}}</ul>
</section>
<section aria-labelledby="history-heading">
<h2 id="history-heading">[[register.history]]</h2>
{{#NO_HISTORY}}<p>[[register.no_history]]</p>{{/NO_HISTORY}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[register.history]]</caption>
  <thead><tr><th scope="col">[[audit.when]]</th><th scope="col">[[audit.who]]</th><th scope="col">[[audit.what]]</th><th scope="col">[[audit.changes]]</th></tr></thead>
  <tbody>
  {{#HISTORY}}<tr><td>{{AT}}</td><td>{{WHO}}</td><td>{{ACTION}}</td><td>{{CHANGES}}</td></tr>{{/HISTORY}}
  </tbody>
</table>
</div>
</section>
<p><a href="/networks">[[register.networks.back]]</a></p>
