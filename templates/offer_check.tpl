{{%AUTOESCAPE context="HTML"}}
<h1>[[offers.check.title]]</h1>
<p>[[offers.check.intro]]</p>
<p class="subnav"><a href="/offers">[[offers.list.title]]</a> · <a href="/needs">[[offers.needs.title]]</a> · <a href="/offers/check">[[offers.check.title]]</a> · <a href="/offers/criteria">[[offers.criteria.title]]</a></p>
<section aria-labelledby="never-heading">
<h2 id="never-heading">[[offers.check.never]]</h2>
{{#NO_NEVER}}<p>[[offers.check.none]]</p>{{/NO_NEVER}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.check.never]]</caption>
  <thead><tr><th scope="col">[[offers.offer.title_field]]</th><th scope="col">[[offers.offer.provider]]</th></tr></thead>
  <tbody>
  {{#NEVER}}<tr><td><a href="/offers/{{OFFER_ID}}">{{OFFER_TITLE}}</a></td><td>{{PROVIDER}}</td></tr>{{/NEVER}}
  </tbody>
</table>
</div>
</section>
<section aria-labelledby="due-heading">
<h2 id="due-heading">[[offers.check.due]]</h2>
{{#NO_DUE}}<p>[[offers.check.none]]</p>{{/NO_DUE}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.check.due]]</caption>
  <thead><tr><th scope="col">[[offers.offer.title_field]]</th><th scope="col">[[offers.offer.provider]]</th><th scope="col">[[offers.assessment.assessed_on]]</th><th scope="col">[[offers.assessment.score]]</th><th scope="col">[[offers.assessment.next_review_on]]</th></tr></thead>
  <tbody>
  {{#DUE}}<tr><td><a href="/offers/{{OFFER_ID}}">{{OFFER_TITLE}}</a></td><td>{{PROVIDER}}</td><td>{{LAST_ASSESSED_ON}}</td><td>{{LAST_SCORE}}</td><td>{{NEXT_REVIEW_ON}}</td></tr>{{/DUE}}
  </tbody>
</table>
</div>
</section>
<section aria-labelledby="weak-heading">
<h2 id="weak-heading">[[offers.check.weakest]]</h2>
<p>[[offers.check.weakest_intro]]</p>
{{#NO_WEAK}}<p>[[offers.check.none]]</p>{{/NO_WEAK}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.check.weakest]]</caption>
  <thead><tr><th scope="col">[[offers.criteria.criterion]]</th><th scope="col">[[offers.check.fulfilment]]</th><th scope="col">[[offers.rating.met]]</th><th scope="col">[[offers.rating.partly]]</th><th scope="col">[[offers.rating.not_met]]</th><th scope="col">[[offers.rating.not_applicable]]</th></tr></thead>
  <tbody>
  {{#WEAK}}<tr><td>{{CRITERION}}</td><td>{{FULFILMENT}}</td><td>{{MET}}</td><td>{{PARTLY}}</td><td>{{NOT_MET}}</td><td>{{NOT_APPLICABLE}}</td></tr>{{/WEAK}}
  </tbody>
</table>
</div>
</section>
<section aria-labelledby="recent-heading">
<h2 id="recent-heading">[[offers.check.recent]]</h2>
{{#NO_RECENT}}<p>[[offers.check.none]]</p>{{/NO_RECENT}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.check.recent]]</caption>
  <thead><tr><th scope="col">[[offers.offer.title_field]]</th><th scope="col">[[offers.assessment.assessed_on]]</th><th scope="col">[[offers.assessment.assessor]]</th><th scope="col">[[offers.assessment.score]]</th></tr></thead>
  <tbody>
  {{#RECENT}}<tr><td><a href="/offers/{{OFFER_ID}}">{{OFFER_TITLE}}</a></td><td>{{ASSESSED_ON}}</td><td>{{ASSESSOR}}</td><td>{{SCORE}}</td></tr>{{/RECENT}}
  </tbody>
</table>
</div>
</section>
<p>[[offers.check.scoring]]</p>
