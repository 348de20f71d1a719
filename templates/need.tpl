{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.need.title]]</h1>
<p class="subnav"><a href="/offers">[[offers.list.title]]</a> · <a href="/needs">[[offers.needs.title]]</a> · <a href="/offers/check">[[offers.check.title]]</a> · <a href="/offers/criteria">[[offers.criteria.title]]</a></p>
{{#MAY_EDIT}}<p class="actions"><a class="button" href="/needs/{{ID}}/edit">[[register.edit]]</a> <a class="button button--quiet" href="/needs/{{ID}}/delete">[[register.delete]]</a></p>{{/MAY_EDIT}}
<dl class="facts">
  <dt>[[offers.need.description]]</dt><dd class="pre">{{DESCRIPTION}}</dd>
  <dt>[[offers.need.source_kind]]</dt><dd>{{SOURCE_KIND}}</dd>
  <dt>[[offers.need.organisation]]</dt><dd>{{#ORGANISATION}}<a href="/organisations/{{ORGANISATION_ID}}">{{ORGANISATION_NAME}}</a>{{/ORGANISATION}}</dd>
  <dt>[[offers.need.source_note]]</dt><dd>{{SOURCE_NOTE}}</dd>
  <dt>[[offers.need.target_group]]</dt><dd>{{TARGET_GROUP}}</dd>
  <dt>[[offers.offer.field]]</dt><dd>{{FIELD}}</dd>
  <dt>[[offers.need.municipality]]</dt><dd>{{MUNICIPALITY}}</dd>
  <dt>[[offers.need.urgency]]</dt><dd>{{URGENCY}}</dd>
  <dt>[[offers.need.reported_on]]</dt><dd>{{REPORTED_ON}}</dd>
  <dt>[[offers.need.status]]</dt><dd>{{STATUS}}{{#OFFER}}: <a href="/offers/{{OFFER_ID}}">{{OFFER_TITLE}}</a>{{/OFFER}}{{#MEASURE}} ([[offers.need.measure]] {{MEASURE_ID}}){{/MEASURE}}</dd>
</dl>
<section aria-labelledby="history-heading">
<h2 id="history-heading">[[register.history]]</h2>
{{#NO_HISTORY}}<p>[[register.no_history]]</p>{{/NO_HISTORY}}
<ul class="history">{{#HISTORY}}<li>{{AT}} · {{WHO}} · {{ACTION}}<br><small>{{CHANGES}}</small></li>{{/HISTORY}}</ul>
</section>
