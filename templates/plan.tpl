{{%AUTOESCAPE context="HTML"}}
<h1>{{PLAN_TITLE}}</h1>
<dl class="facts">
  <dt>[[plans.status]]</dt><dd>{{STATUS}}</dd>
  <dt>[[plans.period]]</dt><dd>{{PERIOD}}</dd>
  <dt>[[plans.versions.count]]</dt><dd>{{VERSION_COUNT}}</dd>
</dl>
{{#FROZEN}}<p class="notice">[[plans.frozen_hint]]</p>{{/FROZEN}}
<nav aria-label="[[plans.plan_nav]]"><ul class="actions">
  <li><a href="/plans/{{PLAN_ID}}/dashboard">[[plans.dashboard.title]]</a></li>
  <li><a href="/plans/{{PLAN_ID}}/versions">[[plans.versions.title]]</a></li>
  <li><a href="/plans/{{PLAN_ID}}/proposals">[[plans.proposals.title]] ({{OPEN_PROPOSALS}})</a></li>
  <li><a href="/plans/{{PLAN_ID}}/plan.pdf">[[plans.pdf.draft_download]]</a></li>
  <li><a href="/plans/{{PLAN_ID}}/measures.xlsx">[[plans.export.measures]]</a></li>
  <li><a href="/plans/{{PLAN_ID}}/indicators.csv">[[plans.export.indicators]]</a></li>
</ul></nav>
{{#STAFF_ACTIONS}}<div class="actions">
  {{#EDITABLE}}<a class="button" href="/plans/{{PLAN_ID}}/edit">[[plans.edit_title]]</a>
  <a class="button" href="/plans/{{PLAN_ID}}/fields/new">[[plans.field.new_title]]</a>
  <a class="button" href="/plans/{{PLAN_ID}}/adopt">[[plans.adopt.title]]</a>{{/EDITABLE}}
  {{#REVISABLE}}<form method="post" action="/plans/{{PLAN_ID}}/revise" class="form form--inline">
    <input type="hidden" name="_csrf" value="{{CSRF}}">
    <button type="submit" class="button">[[plans.revise]]</button>
  </form>{{/REVISABLE}}
</div>{{/STAFF_ACTIONS}}
{{>OUTLINE}}
<section aria-labelledby="comments-heading">
<h2 id="comments-heading">[[plans.comments]]</h2>
<ul class="comments">{{#COMMENT}}<li><p class="pre">{{BODY}}</p><p class="hint">{{WHO}}, {{AT}}</p></li>{{/COMMENT}}</ul>
{{#MAY_COMMENT}}<form method="post" action="/plans/{{PLAN_ID}}/comments" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="item_type" value="plan">
  <input type="hidden" name="item_id" value="{{PLAN_ID}}">
  <div class="field">
    <label for="comment-body">[[plans.comment.body]]</label>
    <textarea id="comment-body" name="body" rows="3"></textarea>
  </div>
  <button type="submit" class="button">[[plans.comment.submit]]</button>
</form>{{/MAY_COMMENT}}
</section>
