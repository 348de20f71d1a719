{{%AUTOESCAPE context="HTML"}}
<h1>{{NAME}}</h1>
{{#MAY_EDIT}}<p class="actions"><a class="button" href="/organisations/{{ID}}/edit">[[register.edit]]</a>{{#MAY_DELETE}} <a class="button button--quiet" href="/organisations/{{ID}}/delete">[[register.delete]]</a>{{/MAY_DELETE}}</p>{{/MAY_EDIT}}
{{#DUPLICATES}}<div class="notice notice--important" role="note">
  <p>[[register.organisation.duplicates]]</p>
  <ul>{{#DUPLICATE}}<li><a href="/organisations/{{DUPLICATE_ID}}">{{DUPLICATE_NAME}}</a></li>{{/DUPLICATE}}</ul>
</div>{{/DUPLICATES}}
<section aria-labelledby="profile-heading">
<h2 id="profile-heading">[[register.organisation.profile]]</h2>
<dl class="facts">
  <dt>[[register.organisation.type]]</dt><dd>{{TYPE}}</dd>
  <dt>[[register.organisation.municipality]]</dt><dd>{{MUNICIPALITY}}</dd>
  <dt>[[register.organisation.address]]</dt><dd>{{ADDRESS}}</dd>
  <dt>[[register.organisation.website]]</dt><dd>{{#WEBSITE_LINK}}<a href="{{WEBSITE}}" rel="noopener noreferrer">{{WEBSITE}}</a>{{/WEBSITE_LINK}}</dd>
  <dt>[[register.organisation.email]]</dt><dd>{{EMAIL}}</dd>
  <dt>[[register.organisation.phone]]</dt><dd>{{PHONE}}</dd>
  <dt>[[register.organisation.languages]]</dt><dd>{{LANGUAGES}}</dd>
  <dt>[[register.organisation.tags]]</dt><dd>{{TAGS}}</dd>
  <dt>[[register.organisation.status]]</dt><dd>{{STATUS}}</dd>
  {{#COMPANY}}
  <dt>[[register.organisation.size]]</dt><dd>{{SIZE}}</dd>
  <dt>[[register.organisation.sector]]</dt><dd>{{SECTOR}}</dd>
  <dt>[[register.organisation.migrant_led]]</dt><dd>{{MIGRANT_LED}}</dd>
  <dt>[[register.organisation.may_train]]</dt><dd>{{MAY_TRAIN}}</dd>
  <dt>[[register.organisation.trains_now]]</dt><dd>{{TRAINS_NOW}}</dd>
  {{/COMPANY}}
  <dt>[[register.organisation.notes]]</dt><dd class="pre">{{NOTES}}</dd>
</dl>
</section>
<section aria-labelledby="networks-heading">
<h2 id="networks-heading">[[register.organisation.networks]]</h2>
<form method="get" action="/organisations/{{ID}}" class="form form--inline">
  <div class="field">
    <label for="as_of">[[register.as_of]]</label>
    <input id="as_of" name="as_of" type="date" value="{{AS_OF}}">
  </div>
  <button type="submit" class="button">[[register.show]]</button>
</form>
{{#NO_NETWORKS}}<p>[[register.organisation.no_networks]]</p>{{/NO_NETWORKS}}
<ul>
{{#NETWORK}}<li><a href="/networks/{{NETWORK_ID}}">{{NETWORK_NAME}}</a> – {{ROLE}}, [[register.membership.since]] {{SINCE}}</li>{{/NETWORK}}
</ul>
</section>
<section aria-labelledby="ties-heading">
<h2 id="ties-heading">[[register.organisation.ties]]</h2>
{{#MAY_DELETE}}<p><a class="button" href="/organisations/{{ID}}/ties/new">[[register.tie.new_title]]</a></p>{{/MAY_DELETE}}
{{#NO_TIES}}<p>[[register.organisation.no_ties]]</p>{{/NO_TIES}}
<ul>
{{#TIE}}<li><a href="/organisations/{{OTHER_ID}}">{{OTHER_NAME}}</a> – {{KIND}}{{DIRECTION}} ([[register.tie.intensity]] {{INTENSITY}}){{PERIOD}}{{#TIE_ACTIONS}}
  <a href="/organisations/{{ID}}/ties/{{TIE_ID}}/edit">[[register.edit]]<span class="visually-hidden"> {{OTHER_NAME}}</span></a>{{#TIE_END}}
  <form method="post" action="/organisations/{{ID}}/ties/{{TIE_ID}}/end" class="form form--inline">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit" class="button button--quiet">[[register.tie.end]]<span class="visually-hidden"> {{OTHER_NAME}}</span></button>
  </form>{{/TIE_END}}{{/TIE_ACTIONS}}</li>{{/TIE}}
</ul>
</section>
<section aria-labelledby="contacts-heading">
<h2 id="contacts-heading">[[register.organisation.contacts]]</h2>
{{#MAY_EDIT}}<p><a class="button" href="/contacts/new?organisation_id={{ID}}">[[register.contact.new_title]]</a></p>{{/MAY_EDIT}}
{{#NO_CONTACTS}}<p>[[register.organisation.no_contacts]]</p>{{/NO_CONTACTS}}
<ul>
{{#CONTACT}}<li><a href="/contacts/{{CONTACT_ID}}">{{CONTACT_NAME}}</a> {{FUNCTION}} {{CONTACT_EMAIL}} {{CONTACT_PHONE}}</li>{{/CONTACT}}
</ul>
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
<p><a href="/organisations">[[register.organisations.back]]</a></p>
