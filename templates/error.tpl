{{%AUTOESCAPE context="HTML"}}
<div class="narrow">
<h1>{{HEADING}}</h1>
<p>{{MESSAGE}}</p>
<p class="muted">[[error.status_label]] {{STATUS}}</p>
<p><a href="/">[[error.back_home]]</a></p>
<p class="muted">[[error.request_id]] <code>{{REQUEST_ID}}</code></p>
</div>
