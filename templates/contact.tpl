{{%AUTOESCAPE context="HTML"}}
<h1>{{NAME}}</h1>
{{#ACTIONS}}<p class="actions">{{#MAY_EDIT}}<a class="button" href="/contacts/{{ID}}/edit">[[register.edit]]</a> <a class="button button--quiet" href="/contacts/{{ID}}/anonymise">[[register.contact.anonymise]]</a> {{/MAY_EDIT}}<a class="button button--quiet" href="/contacts/{{ID}}/delete">[[register.delete]]</a></p>{{/ACTIONS}}
{{#ANONYMISED}}<p>[[register.contact.anonymised_explained]]</p>{{/ANONYMISED}}
<dl class="facts">
  <dt>[[register.contact.organisation]]</dt><dd><a href="/organisations/{{ORGANISATION_ID}}">{{ORGANISATION_NAME}}</a></dd>
  <dt>[[register.contact.function]]</dt><dd>{{FUNCTION}}</dd>
  <dt>[[register.contact.email]]</dt><dd>{{EMAIL}}</dd>
  <dt>[[register.contact.phone]]</dt><dd>{{PHONE}}</dd>
  <dt>[[register.contact.languages]]</dt><dd>{{LANGUAGES}}</dd>
  <dt>[[register.contact.data_basis]]</dt><dd>{{DATA_BASIS}}</dd>
</dl>
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
<p><a href="/contacts">[[register.contacts.back]]</a></p>
