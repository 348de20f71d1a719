{{%AUTOESCAPE context="HTML"}}
<div id="import-progress" class="import-progress" hx-get="/import/jobs/{{JOB}}/progress" hx-trigger="every 1s" hx-swap="outerHTML">
  <p id="import-progress-status">{{STATUS}}</p>
  <progress max="{{TOTAL}}" value="{{DONE}}" aria-labelledby="import-progress-status">{{DONE}} / {{TOTAL}}</progress>
  <p><a href="/import/jobs/{{JOB}}">[[import.job.reload]]</a></p>
</div>
