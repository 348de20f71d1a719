{{%AUTOESCAPE context="HTML"}}
<h1>[[speeddating.title]]: {{EVENT_TITLE}}</h1>
<p><a href="/events/{{ID}}">[[speeddating.back_event]]</a> · {{WHEN}}</p>
<section aria-labelledby="youths-heading">
<h2 id="youths-heading">[[speeddating.youths.title]] ({{YOUTH_COUNT}})</h2>
{{#MAY_EDIT}}<p><a class="button" href="/events/{{ID}}/speeddating/youths/new">[[speeddating.youth.new]]</a></p>{{/MAY_EDIT}}
{{#NO_YOUTHS}}<p>[[speeddating.youths.empty]]</p>{{/NO_YOUTHS}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[speeddating.youths.title]]</caption>
  <thead><tr><th scope="col">[[speeddating.youth.name]]</th><th scope="col">[[speeddating.youth.school]]</th><th scope="col">[[speeddating.field.occupations]]</th><th scope="col">[[speeddating.field.languages]]</th><th scope="col">[[speeddating.youth.prepared_short]]</th><th scope="col">[[speeddating.field.window]]</th><th scope="col">[[speeddating.youth.talks]]</th><th scope="col">[[speeddating.actions]]</th></tr></thead>
  <tbody>
  {{#YOUTH}}<tr><td>{{NAME}}{{#NO_SHOW}} <span class="badge">[[speeddating.no_show]]</span>{{/NO_SHOW}}</td><td>{{SCHOOL}}</td><td>{{OCCUPATIONS}}</td><td>{{LANGUAGES}}</td><td>{{PREPARED}}</td><td>{{WINDOW}}</td><td>{{TALKS}} / {{MAX_TALKS}}</td><td>
    {{#MAY_EDIT}}<a href="/events/{{ID}}/speeddating/youths/{{YOUTH_ID}}/edit">[[speeddating.edit]]<span class="visually-hidden">: {{NAME}}</span></a>
    <form method="post" action="/events/{{ID}}/speeddating/youths/{{YOUTH_ID}}/no-show" class="inline-form">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <button type="submit" class="button button--quiet">{{#MAY_MARK_NO_SHOW}}[[speeddating.mark_no_show]]{{/MAY_MARK_NO_SHOW}}{{#MAY_MARK_PRESENT}}[[speeddating.mark_present]]{{/MAY_MARK_PRESENT}}<span class="visually-hidden">: {{NAME}}</span></button>
    </form>{{/MAY_EDIT}}</td></tr>{{/YOUTH}}
  </tbody>
</table>
</div>
</section>
<section aria-labelledby="companies-heading">
<h2 id="companies-heading">[[speeddating.companies.title]] ({{COMPANY_COUNT}}, [[speeddating.companies.tables]]: {{TABLE_COUNT}})</h2>
{{#MAY_EDIT}}<p><a class="button" href="/events/{{ID}}/speeddating/companies/new">[[speeddating.company.new]]</a></p>{{/MAY_EDIT}}
{{#NO_COMPANIES}}<p>[[speeddating.companies.empty]]</p>{{/NO_COMPANIES}}
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[speeddating.companies.title]]</caption>
  <thead><tr><th scope="col">[[speeddating.company.name]]</th><th scope="col">[[speeddating.field.occupations]]</th><th scope="col">[[speeddating.company.places]]</th><th scope="col">[[speeddating.company.tables]]</th><th scope="col">[[speeddating.field.languages]]</th><th scope="col">[[speeddating.field.window]]</th><th scope="col">[[speeddating.company.talks]]</th><th scope="col">[[speeddating.actions]]</th></tr></thead>
  <tbody>
  {{#COMPANY}}<tr><td>{{NAME}}{{#NO_SHOW}} <span class="badge">[[speeddating.no_show]]</span>{{/NO_SHOW}}</td><td>{{OCCUPATIONS}}</td><td>{{PLACES}}</td><td>{{TABLES}}</td><td>{{LANGUAGES}}</td><td>{{WINDOW}}</td><td>{{TALKS}}</td><td>
    {{#MAY_EDIT}}<a href="/events/{{ID}}/speeddating/companies/{{COMPANY_ID}}/edit">[[speeddating.edit]]<span class="visually-hidden">: {{NAME}}</span></a>
    <form method="post" action="/events/{{ID}}/speeddating/companies/{{COMPANY_ID}}/no-show" class="inline-form">
      <input type="hidden" name="_csrf" value="{{CSRF}}">
      <button type="submit" class="button button--quiet">{{#MAY_MARK_NO_SHOW}}[[speeddating.mark_no_show]]{{/MAY_MARK_NO_SHOW}}{{#MAY_MARK_PRESENT}}[[speeddating.mark_present]]{{/MAY_MARK_PRESENT}}<span class="visually-hidden">: {{NAME}}</span></button>
    </form>{{/MAY_EDIT}}</td></tr>{{/COMPANY}}
  </tbody>
</table>
</div>
</section>
<section aria-labelledby="preferences-heading">
<h2 id="preferences-heading">[[speeddating.preferences.title]]</h2>
{{#NO_PREFERENCES}}<p>[[speeddating.preferences.empty]]</p>{{/NO_PREFERENCES}}
<ul>
{{#PREFERENCE}}<li>{{KIND_LABEL}}: {{YOUTH}} – {{COMPANY}}{{#MAY_EDIT}}
  <form method="post" action="/events/{{ID}}/speeddating/preferences/delete" class="inline-form">
    <input type="hidden" name="_csrf" value="{{CSRF}}"><input type="hidden" name="youth_id" value="{{YOUTH_ID}}"><input type="hidden" name="company_id" value="{{COMPANY_ID}}"><input type="hidden" name="kind" value="{{KIND}}">
    <button type="submit" class="button button--quiet">[[speeddating.remove]]<span class="visually-hidden">: {{KIND_LABEL}} {{YOUTH}} – {{COMPANY}}</span></button>
  </form>{{/MAY_EDIT}}</li>{{/PREFERENCE}}
</ul>
{{#MAY_EDIT}}{{#PREFERENCE_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/PREFERENCE_ERRORS}}
<form method="post" action="/events/{{ID}}/speeddating/preferences" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="youth_id">[[speeddating.preference.youth]]</label>
    <select id="youth_id" name="youth_id"{{#YOUTH_ID_ERROR}} aria-invalid="true" aria-describedby="youth_id-error"{{/YOUTH_ID_ERROR}}>{{#YOUTH_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YOUTH_OPTION}}</select>
    {{#YOUTH_ID_ERROR}}<p class="field-error" id="youth_id-error">{{MESSAGE}}</p>{{/YOUTH_ID_ERROR}}
  </div>
  <div class="field">
    <label for="company_id">[[speeddating.preference.company]]</label>
    <select id="company_id" name="company_id"{{#COMPANY_ID_ERROR}} aria-invalid="true" aria-describedby="company_id-error"{{/COMPANY_ID_ERROR}}>{{#COMPANY_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/COMPANY_OPTION}}</select>
    {{#COMPANY_ID_ERROR}}<p class="field-error" id="company_id-error">{{MESSAGE}}</p>{{/COMPANY_ID_ERROR}}
  </div>
  <div class="field">
    <label for="kind">[[speeddating.preference.kind]]</label>
    <select id="kind" name="kind"{{#KIND_ERROR}} aria-invalid="true" aria-describedby="kind-error"{{/KIND_ERROR}}>{{#KIND_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KIND_OPTION}}</select>
    {{#KIND_ERROR}}<p class="field-error" id="kind-error">{{MESSAGE}}</p>{{/KIND_ERROR}}
  </div>
  <button type="submit" class="button">[[speeddating.preference.add]]</button>
</form>{{/MAY_EDIT}}
</section>
<section aria-labelledby="settings-heading">
<h2 id="settings-heading">[[speeddating.settings.title]]</h2>
<p>[[speeddating.settings.formula]]</p>
{{#SETTINGS_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/SETTINGS_ERRORS}}
{{#MAY_EDIT}}<form method="post" action="/events/{{ID}}/speeddating/settings" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="start_time">[[speeddating.settings.start_time]]</label>
    <input id="start_time" name="start_time" type="time" value="{{START_TIME}}"{{#START_TIME_ERROR}} aria-invalid="true" aria-describedby="start_time-error"{{/START_TIME_ERROR}}>
    {{#START_TIME_ERROR}}<p class="field-error" id="start_time-error">{{MESSAGE}}</p>{{/START_TIME_ERROR}}
  </div>
  <div class="field">
    <label for="slot_minutes">[[speeddating.settings.slot_minutes]]</label>
    <input id="slot_minutes" name="slot_minutes" type="number" value="{{SLOT_MINUTES}}"{{#SLOT_MINUTES_ERROR}} aria-invalid="true" aria-describedby="slot_minutes-error"{{/SLOT_MINUTES_ERROR}}>
    {{#SLOT_MINUTES_ERROR}}<p class="field-error" id="slot_minutes-error">{{MESSAGE}}</p>{{/SLOT_MINUTES_ERROR}}
  </div>
  <div class="field">
    <label for="blocks">[[speeddating.settings.blocks]]</label>
    <p class="hint" id="blocks-hint">[[speeddating.settings.blocks_hint]]</p><input id="blocks" name="blocks" type="text" value="{{BLOCKS}}" aria-describedby="blocks-hint{{#BLOCKS_ERROR}} blocks-error{{/BLOCKS_ERROR}}"{{#BLOCKS_ERROR}} aria-invalid="true"{{/BLOCKS_ERROR}}>
    {{#BLOCKS_ERROR}}<p class="field-error" id="blocks-error">{{MESSAGE}}</p>{{/BLOCKS_ERROR}}
  </div>
  <div class="field">
    <label for="break_minutes">[[speeddating.settings.break_minutes]]</label>
    <input id="break_minutes" name="break_minutes" type="number" value="{{BREAK_MINUTES}}"{{#BREAK_MINUTES_ERROR}} aria-invalid="true" aria-describedby="break_minutes-error"{{/BREAK_MINUTES_ERROR}}>
    {{#BREAK_MINUTES_ERROR}}<p class="field-error" id="break_minutes-error">{{MESSAGE}}</p>{{/BREAK_MINUTES_ERROR}}
  </div>
  <div class="field">
    <label for="guaranteed_min">[[speeddating.settings.guaranteed_min]]</label>
    <input id="guaranteed_min" name="guaranteed_min" type="number" value="{{GUARANTEED_MIN}}"{{#GUARANTEED_MIN_ERROR}} aria-invalid="true" aria-describedby="guaranteed_min-error"{{/GUARANTEED_MIN_ERROR}}>
    {{#GUARANTEED_MIN_ERROR}}<p class="field-error" id="guaranteed_min-error">{{MESSAGE}}</p>{{/GUARANTEED_MIN_ERROR}}
  </div>
  <div class="field">
    <label for="weight_occupation">[[speeddating.weight.occupation]]</label>
    <input id="weight_occupation" name="weight_occupation" type="number" value="{{WEIGHT_OCCUPATION}}"{{#WEIGHT_OCCUPATION_ERROR}} aria-invalid="true" aria-describedby="weight_occupation-error"{{/WEIGHT_OCCUPATION_ERROR}}>
    {{#WEIGHT_OCCUPATION_ERROR}}<p class="field-error" id="weight_occupation-error">{{MESSAGE}}</p>{{/WEIGHT_OCCUPATION_ERROR}}
  </div>
  <div class="field">
    <label for="weight_wish">[[speeddating.weight.wish]]</label>
    <input id="weight_wish" name="weight_wish" type="number" value="{{WEIGHT_WISH}}"{{#WEIGHT_WISH_ERROR}} aria-invalid="true" aria-describedby="weight_wish-error"{{/WEIGHT_WISH_ERROR}}>
    {{#WEIGHT_WISH_ERROR}}<p class="field-error" id="weight_wish-error">{{MESSAGE}}</p>{{/WEIGHT_WISH_ERROR}}
  </div>
  <div class="field">
    <label for="weight_language">[[speeddating.weight.language]]</label>
    <input id="weight_language" name="weight_language" type="number" value="{{WEIGHT_LANGUAGE}}"{{#WEIGHT_LANGUAGE_ERROR}} aria-invalid="true" aria-describedby="weight_language-error"{{/WEIGHT_LANGUAGE_ERROR}}>
    {{#WEIGHT_LANGUAGE_ERROR}}<p class="field-error" id="weight_language-error">{{MESSAGE}}</p>{{/WEIGHT_LANGUAGE_ERROR}}
  </div>
  <div class="field">
    <label for="weight_distance">[[speeddating.weight.distance]]</label>
    <input id="weight_distance" name="weight_distance" type="number" value="{{WEIGHT_DISTANCE}}"{{#WEIGHT_DISTANCE_ERROR}} aria-invalid="true" aria-describedby="weight_distance-error"{{/WEIGHT_DISTANCE_ERROR}}>
    {{#WEIGHT_DISTANCE_ERROR}}<p class="field-error" id="weight_distance-error">{{MESSAGE}}</p>{{/WEIGHT_DISTANCE_ERROR}}
  </div>
  <button type="submit" class="button">[[speeddating.settings.save]]</button>
</form>{{/MAY_EDIT}}
<p>[[speeddating.settings.slots]]: {{SLOTS}}</p>
</section>
<section aria-labelledby="plan-heading">
<h2 id="plan-heading">[[speeddating.plan.title]]</h2>
{{#COMPUTE_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/COMPUTE_ERRORS}}
{{#MAY_EDIT}}<form method="post" action="/events/{{ID}}/speeddating/plan" class="inline-form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <button type="submit" class="button">[[speeddating.plan.compute]]</button>
</form>{{/MAY_EDIT}}
{{#NO_PLAN}}<p>[[speeddating.plan.none]]</p>{{/NO_PLAN}}
{{#CONFLICTS}}<div class="error-summary" role="alert"><p>{{HEADING}}</p><ul>{{#CONFLICT}}<li>{{MESSAGE}}</li>{{/CONFLICT}}</ul></div>{{/CONFLICTS}}
{{#HAS_PLAN}}
<h3>[[speeddating.fairness.title]]</h3>
<dl class="details" id="fairness">
  <dt>[[speeddating.fairness.talks]]</dt><dd>{{TALK_COUNT}}</dd>
  <dt>[[speeddating.fairness.min_talks]]</dt><dd>{{MIN_TALKS}}</dd>
  <dt>[[speeddating.fairness.mean_talks]]</dt><dd>{{MEAN_TALKS}}</dd>
  <dt>[[speeddating.fairness.guaranteed]]</dt><dd>{{SHARE_GUARANTEED}}</dd>
  <dt>[[speeddating.fairness.first_choice]]</dt><dd>{{SHARE_FIRST_CHOICE}}</dd>
  <dt>[[speeddating.fairness.utilisation]]</dt><dd>{{UTILISATION}}</dd>
  <dt>[[speeddating.fairness.objective]]</dt><dd>{{OBJECTIVE}} / {{BOUND}} ({{OPTIMALITY}}; {{METHOD}})</dd>
</dl>
<h3>[[speeddating.print.title]]</h3>
<ul>
  <li><a href="/events/{{ID}}/speeddating/print/schedules.pdf" download>[[speeddating.print.schedules]]</a></li>
  <li><a href="/events/{{ID}}/speeddating/print/tables.pdf" download>[[speeddating.print.tables]]</a></li>
  <li><a href="/events/{{ID}}/speeddating/print/results.pdf" download>[[speeddating.print.results]]</a></li>
</ul>
{{#HELD}}<p>[[speeddating.plan.held]] {{TIME}}</p>{{/HELD}}
<h3>[[speeddating.grid.title]]</h3>
<div class="table-wrap">
<table class="table" id="plan-grid">
  <caption class="visually-hidden">[[speeddating.grid.title]]</caption>
  <thead><tr><th scope="col">[[speeddating.grid.slot]]</th>{{#GRID_TABLE}}<th scope="col">{{COMPANY}}, [[speeddating.grid.table]] {{TABLE}}</th>{{/GRID_TABLE}}</tr></thead>
  <tbody>
  {{#GRID_ROW}}<tr><th scope="row">{{SLOT}} ({{TIME}})</th>{{#CELL}}<td>{{YOUTH}}</td>{{/CELL}}</tr>{{/GRID_ROW}}
  </tbody>
</table>
</div>
{{#MAY_EDIT}}
<h3>[[speeddating.move.title]]</h3>
{{#MOVE_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/MOVE_ERRORS}}
<form method="post" action="/events/{{ID}}/speeddating/move" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="talk">[[speeddating.move.talk]]</label>
    <select id="talk" name="talk"{{#TALK_ERROR}} aria-invalid="true" aria-describedby="talk-error"{{/TALK_ERROR}}>{{#TALK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TALK_OPTION}}</select>
    {{#TALK_ERROR}}<p class="field-error" id="talk-error">{{MESSAGE}}</p>{{/TALK_ERROR}}
  </div>
  <div class="field">
    <label for="slot">[[speeddating.move.slot]]</label>
    <select id="slot" name="slot"{{#SLOT_ERROR}} aria-invalid="true" aria-describedby="slot-error"{{/SLOT_ERROR}}>{{#SLOT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SLOT_OPTION}}</select>
    {{#SLOT_ERROR}}<p class="field-error" id="slot-error">{{MESSAGE}}</p>{{/SLOT_ERROR}}
  </div>
  <div class="field">
    <label for="table">[[speeddating.move.table]]</label>
    <input id="table" name="table" type="number" value="1" min="1"{{#TABLE_ERROR}} aria-invalid="true" aria-describedby="table-error"{{/TABLE_ERROR}}>
    {{#TABLE_ERROR}}<p class="field-error" id="table-error">{{MESSAGE}}</p>{{/TABLE_ERROR}}
  </div>
  <button type="submit" class="button">[[speeddating.move.submit]]</button>
</form>
<h3>[[speeddating.swap.title]]</h3>
{{#SWAP_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/SWAP_ERRORS}}
<form method="post" action="/events/{{ID}}/speeddating/swap" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="talk_a">[[speeddating.swap.talk_a]]</label>
    <select id="talk_a" name="talk_a"{{#TALK_A_ERROR}} aria-invalid="true" aria-describedby="talk_a-error"{{/TALK_A_ERROR}}>{{#TALK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TALK_OPTION}}</select>
    {{#TALK_A_ERROR}}<p class="field-error" id="talk_a-error">{{MESSAGE}}</p>{{/TALK_A_ERROR}}
  </div>
  <div class="field">
    <label for="talk_b">[[speeddating.swap.talk_b]]</label>
    <select id="talk_b" name="talk_b"{{#TALK_B_ERROR}} aria-invalid="true" aria-describedby="talk_b-error"{{/TALK_B_ERROR}}>{{#TALK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TALK_OPTION}}</select>
    {{#TALK_B_ERROR}}<p class="field-error" id="talk_b-error">{{MESSAGE}}</p>{{/TALK_B_ERROR}}
  </div>
  <button type="submit" class="button">[[speeddating.swap.submit]]</button>
</form>
<h3>[[speeddating.replan.title]]</h3>
<p>[[speeddating.replan.intro]]</p>
{{#REPLAN_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/REPLAN_ERRORS}}
<form method="post" action="/events/{{ID}}/speeddating/replan" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="from_slot">[[speeddating.replan.from_slot]]</label>
    <select id="from_slot" name="from_slot"{{#FROM_SLOT_ERROR}} aria-invalid="true" aria-describedby="from_slot-error"{{/FROM_SLOT_ERROR}}>{{#FROM_SLOT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FROM_SLOT_OPTION}}</select>
    {{#FROM_SLOT_ERROR}}<p class="field-error" id="from_slot-error">{{MESSAGE}}</p>{{/FROM_SLOT_ERROR}}
  </div>
  <button type="submit" class="button">[[speeddating.replan.submit]]</button>
</form>
{{/MAY_EDIT}}
{{/HAS_PLAN}}
</section>
