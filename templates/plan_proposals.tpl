{{%AUTOESCAPE context="HTML"}}
<p><a href="/plans/{{PLAN_ID}}">{{PLAN_TITLE}}</a></p>
<h1>[[plans.proposals.title]]</h1>
{{#NO_PROPOSALS}}<p>[[plans.proposals.none]]</p>{{/NO_PROPOSALS}}
{{#PROPOSAL}}<article class="proposal" id="proposal-{{PROPOSAL_ID}}" aria-labelledby="proposal-{{PROPOSAL_ID}}-heading">
<h2 id="proposal-{{PROPOSAL_ID}}-heading"><a href="/plans/{{PLAN_ID}}/measures/{{MEASURE_ID}}">{{MEASURE}}</a></h2>
<p>{{WHO}} ({{ORGANISATION}}), {{AT}} – <strong>{{STATE}}</strong></p>
<p class="pre">{{REASON}}</p>
<ul>{{#CHANGE}}<li>{{TEXT}}</li>{{/CHANGE}}</ul>
{{#DECISION}}<p>[[plans.proposal.decided_by]] {{DECIDED_BY}}, {{DECIDED_AT}}</p><p class="pre">{{NOTE}}</p>{{/DECISION}}
{{#DECIDE}}<form method="post" action="/plans/{{PLAN_ID}}/proposals/{{PROPOSAL_ID}}/accept" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="note-{{PROPOSAL_ID}}">[[plans.proposal.decision_note]]</label>
    <textarea id="note-{{PROPOSAL_ID}}" name="decision_note" rows="2"></textarea>
  </div>
  <button type="submit" class="button">[[plans.proposal.accept]]</button>
  <button type="submit" class="button button--quiet" formaction="/plans/{{PLAN_ID}}/proposals/{{PROPOSAL_ID}}/reject">[[plans.proposal.reject]]</button>
</form>{{/DECIDE}}
</article>{{/PROPOSAL}}
