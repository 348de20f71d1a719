{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}/versions">[[plans.versions.title]]</a></p>
<h1>{{PLAN_TITLE}} – [[plans.pdf.version]] {{NUMBER}}</h1>
<p class="notice">[[plans.version.frozen]]</p>
<dl class="facts">
  <dt>[[plans.period]]</dt><dd>{{PERIOD}}</dd>
  <dt>[[plans.adopt.date]]</dt><dd>{{ADOPTED_ON}}</dd>
  <dt>[[plans.adopt.occasion]]</dt><dd>{{OCCASION}}</dd>
</dl>
<p class="actions"><a class="button" href="/plans/{{PLAN_ID}}/versions/{{NUMBER}}/plan.pdf">[[plans.pdf.download]]</a></p>
<section aria-labelledby="agreements-heading">
<h2 id="agreements-heading">[[plans.pdf.agreements]]</h2>
{{#NO_AGREEMENTS}}<p>[[plans.pdf.no_agreements]]</p>{{/NO_AGREEMENTS}}
<ul>{{#AGREEMENT}}<li>{{ORGANISATION}}: {{PERSON}}, {{AGREED_ON}}</li>{{/AGREEMENT}}</ul>
</section>
<figure class="timeline">
  <figcaption>[[plans.timeline.title]]</figcaption>
  <img src="/plans/{{PLAN_ID}}/versions/{{NUMBER}}/timeline.svg" alt="[[plans.timeline.alt]]">
</figure>
{{>OUTLINE}}
