{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
<h1>{{TITLE}}</h1>
{{#STAFF_ACTIONS}}<div class="actions">
  {{#EDITABLE}}<a class="button" href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}/edit">[[plans.measure.edit_title]]</a>{{/EDITABLE}}
  <form method="post" action="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}/status" class="form form--inline">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <label for="new-status">[[plans.measure.status]]</label>
    <select id="new-status" name="status">{{#STATUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/STATUS_OPTION}}</select>
    <button type="submit" class="button button--quiet">[[plans.measure.set_status]]</button>
  </form>
  {{#EDITABLE}}<form method="post" action="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}/delete" class="form form--inline">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit" class="button button--quiet">[[plans.delete]]</button>
  </form>{{/EDITABLE}}
</div>{{/STAFF_ACTIONS}}
{{#MAY_PROPOSE}}<p class="actions"><a class="button" href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}/propose">[[plans.proposal.new_title]]</a></p>{{/MAY_PROPOSE}}
<dl class="facts">
  <dt>[[plans.goal]]</dt><dd>{{GOAL}}</dd>
  <dt>[[plans.measure.description]]</dt><dd class="pre">{{DESCRIPTION}}</dd>
  <dt>[[plans.measure.lead]]</dt><dd>{{LEAD}}</dd>
  <dt>[[plans.measure.partners]]</dt><dd>{{PARTNERS}}</dd>
  <dt>[[plans.measure.target_groups]]</dt><dd>{{TARGET_GROUPS}}</dd>
  <dt>[[plans.measure.municipalities]]</dt><dd>{{MUNICIPALITIES}}</dd>
  <dt>[[plans.measure.start_on]]</dt><dd>{{START_ON}}</dd>
  <dt>[[plans.measure.end_on]]</dt><dd>{{END_ON}}</dd>
  <dt>[[plans.measure.status]]</dt><dd>{{MEASURE_STATUS}}</dd>
  <dt>[[plans.measure.resources]]</dt><dd class="pre">{{RESOURCES}}</dd>
  <dt>[[plans.measure.risks]]</dt><dd class="pre">{{RISKS}}</dd>
  <dt>[[plans.measure.networks]]</dt><dd>{{NETWORKS}}</dd>
  <dt>[[plans.measure.anchoring]]</dt><dd>{{ANCHORING}} {{ANCHORING_BY}}</dd>
  <dt>[[plans.measure.anchoring_note]]</dt><dd class="pre">{{ANCHORING_NOTE}}</dd>
</dl>
<section aria-labelledby="proposals-heading">
<h2 id="proposals-heading">[[plans.proposals.title]]</h2>
<ul>{{#PROPOSAL}}<li><a href="/plans/{{PLAN_ID}}/proposals#proposal-{{PROPOSAL_ID}}">{{WHO}}, {{AT}}</a>: {{STATE}}</li>{{/PROPOSAL}}</ul>
</section>
<section aria-labelledby="history-heading">
<h2 id="history-heading">[[plans.measure.history]]</h2>
<ul>{{#HISTORY}}<li>{{AT}}: {{STATUS}} ({{WHO}})</li>{{/HISTORY}}</ul>
</section>
<section aria-labelledby="comments-heading">
<h2 id="comments-heading">[[plans.comments]]</h2>
<ul class="comments">{{#COMMENT}}<li><p class="pre">{{BODY}}</p><p class="hint">{{WHO}}, {{AT}}</p></li>{{/COMMENT}}</ul>
{{#MAY_COMMENT}}<form method="post" action="/plans/{{PLAN_ID}}/comments" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="item_type" value="measure">
  <input type="hidden" name="item_id" value="{{MEASURE_ID}}">
  <div class="field">
    <label for="comment-body">[[plans.comment.body]]</label>
    <textarea id="comment-body" name="body" rows="3"></textarea>
  </div>
  <button type="submit" class="button">[[plans.comment.submit]]</button>
</form>{{/MAY_COMMENT}}
</section>
