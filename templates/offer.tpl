{{%AUTOESCAPE context="HTML"}}
<h1>{{TITLE}}</h1>
{{#FALLBACK}}<p class="hint">[[offers.offer.fallback_notice]]</p>{{/FALLBACK}}
<p class="subnav"><a href="/offers">[[offers.list.title]]</a> · <a href="/needs">[[offers.needs.title]]</a> · <a href="/offers/check">[[offers.check.title]]</a> · <a href="/offers/criteria">[[offers.criteria.title]]</a></p>
{{#MAY_EDIT}}<p class="actions"><a class="button" href="/offers/{{ID}}/edit">[[register.edit]]</a> <a class="button button--quiet" href="/offers/{{ID}}/delete">[[register.delete]]</a></p>{{/MAY_EDIT}}
<section aria-labelledby="profile-heading">
<h2 id="profile-heading">[[offers.offer.profile]]</h2>
<dl class="facts">
  <dt>[[offers.offer.provider]]</dt><dd><a href="/organisations/{{PROVIDER_ID}}">{{PROVIDER}}</a></dd>
  <dt>[[offers.offer.description]]</dt><dd class="pre">{{DESCRIPTION}}</dd>
  <dt>[[offers.offer.target_groups]]</dt><dd>{{TARGET_GROUPS}}</dd>
  <dt>[[offers.offer.field]]</dt><dd>{{FIELD}}</dd>
  <dt>[[offers.offer.format]]</dt><dd>{{FORMAT}}</dd>
  <dt>[[offers.offer.municipalities]]</dt><dd>{{MUNICIPALITIES}}</dd>
  <dt>[[offers.offer.languages]]</dt><dd>{{LANGUAGES}}</dd>
  <dt>[[offers.offer.cost]]</dt><dd>{{COST}}</dd>
  <dt>[[offers.offer.free_of_charge]]</dt><dd>{{FREE}}</dd>
  <dt>[[offers.offer.schedule]]</dt><dd>{{SCHEDULE}}</dd>
  <dt>[[offers.offer.period]]</dt><dd>{{PERIOD}}</dd>
  <dt>[[offers.offer.capacity]]</dt><dd>{{CAPACITY}}</dd>
  <dt>[[offers.offer.funding_source]]</dt><dd>{{FUNDING_SOURCE}}</dd>
  <dt>[[offers.offer.funding_ends_on]]</dt><dd>{{FUNDING_ENDS_ON}}{{#FUNDING_ENDS}} <span class="badge badge--warning">[[offers.offer.funding_ends_badge]]</span>{{/FUNDING_ENDS}}</dd>
  <dt>[[offers.offer.contact]]</dt><dd>{{#CONTACT}}{{CONTACT_NAME}} {{CONTACT_EMAIL}} {{CONTACT_PHONE}}{{/CONTACT}}</dd>
  <dt>[[offers.offer.status]]</dt><dd>{{STATUS}}</dd>
  <dt>[[offers.offer.last_verified_on]]</dt><dd>{{LAST_VERIFIED_ON}}</dd>
  <dt>[[offers.offer.published]]</dt><dd>{{PUBLISHED}}</dd>
</dl>
</section>
<section aria-labelledby="translations-heading">
<h2 id="translations-heading">[[offers.offer.translations]]</h2>
<p>[[offers.translation.intro]]</p>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[offers.offer.translations]]</caption>
  <thead><tr><th scope="col">[[offers.offer.language]]</th><th scope="col">[[offers.offer.title_field]]</th><th scope="col">[[offers.offer.description]]</th><th scope="col">[[offers.translation.state]]</th></tr></thead>
  <tbody>
  {{#TRANSLATION}}<tr><th scope="row">{{LANGUAGE_NAME}}</th><td lang="{{TITLE_LANG}}" dir="{{TITLE_DIR}}">{{T_TITLE}}</td><td lang="{{DESCRIPTION_LANG}}" dir="{{DESCRIPTION_DIR}}" class="pre">{{T_DESCRIPTION}}</td><td>{{#MISSING}}[[offers.translation.missing]]{{/MISSING}}{{#PARTLY}}[[offers.translation.partly]]{{/PARTLY}}{{#MAY_TRANSLATE}} <a href="/offers/{{ID}}/translations/{{LANGUAGE}}">[[offers.translation.edit]]<span class="visually-hidden"> {{LANGUAGE_NAME}}</span></a>{{/MAY_TRANSLATE}}</td></tr>{{/TRANSLATION}}
  </tbody>
</table>
</div>
</section>
<section aria-labelledby="assessments-heading">
<h2 id="assessments-heading">[[offers.assessment.history]]</h2>
{{#MAY_ASSESS}}<p><a class="button" href="/offers/{{ID}}/assessments/new">[[offers.assessment.new_title]]</a></p>{{/MAY_ASSESS}}
{{#NO_ASSESSMENTS}}<p>[[offers.assessment.none]]</p>{{/NO_ASSESSMENTS}}
{{#ASSESSMENT}}<details class="assessment">
  <summary>{{ASSESSED_ON}} · [[offers.assessment.score]] {{SCORE}} · {{ASSESSOR}}</summary>
  <p>[[offers.assessment.next_review_on]]: {{NEXT_REVIEW_ON}}</p>
  <ul>{{#RATING}}<li>{{CRITERION}}: <strong>{{LEVEL}}</strong> {{EVIDENCE}}</li>{{/RATING}}</ul>
  {{#ACTIONS}}<p>[[offers.assessment.actions]]:</p>
  <ul>{{#ACTION_ITEM}}<li>{{ACTION_TEXT}}</li>{{/ACTION_ITEM}}</ul>{{/ACTIONS}}
  {{#NOTE}}<p class="pre">{{NOTE_TEXT}}</p>{{/NOTE}}
  {{#MAY_DELETE_ASSESSMENT}}<form method="post" action="/offers/{{ID}}/assessments/{{ASSESSMENT_ID}}/delete" class="form form--inline">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit" class="button button--quiet">[[offers.assessment.delete]]<span class="visually-hidden"> {{ASSESSED_ON}}</span></button>
  </form>{{/MAY_DELETE_ASSESSMENT}}
</details>{{/ASSESSMENT}}
</section>
<section aria-labelledby="needs-heading">
<h2 id="needs-heading">[[offers.offer.answered_needs]]</h2>
{{#NO_NEEDS}}<p>[[offers.offer.no_needs]]</p>{{/NO_NEEDS}}
<ul>{{#NEED}}<li><a href="/needs/{{NEED_ID}}">{{NEED_DESCRIPTION}}</a> ({{NEED_STATUS}})</li>{{/NEED}}</ul>
</section>
<section aria-labelledby="history-heading">
<h2 id="history-heading">[[register.history]]</h2>
{{#NO_HISTORY}}<p>[[register.no_history]]</p>{{/NO_HISTORY}}
<ul class="history">{{#HISTORY}}<li>{{AT}} · {{WHO}} · {{ACTION}}<br><small>{{CHANGES}}</small></li>{{/HISTORY}}</ul>
</section>
