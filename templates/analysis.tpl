{{%AUTOESCAPE context="HTML"}}
<h1>{{HEADING}}</h1>
<p>{{INTRO}}</p>
<nav class="subnav" aria-label="[[analysis.views]]">
  <ul>{{#VIEW}}<li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>{{/VIEW}}</ul>
</nav>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
<form method="get" action="{{ACTION}}" class="form filters" aria-label="[[analysis.settings]]" novalidate>
  <div class="field">
    <label for="date">[[analysis.field.date]]</label>
    <input id="date" name="date" type="date" value="{{DATE}}"{{#DATE_ERROR}} aria-invalid="true" aria-describedby="date-error"{{/DATE_ERROR}}>
    {{#DATE_ERROR}}<p class="field-error" id="date-error">{{MESSAGE}}</p>{{/DATE_ERROR}}
  </div>
  <div class="field">
    <label for="partition">[[analysis.field.partition]]</label>
    <select id="partition" name="partition" aria-describedby="partition-hint{{#PARTITION_ERROR}} partition-error{{/PARTITION_ERROR}}"{{#PARTITION_ERROR}} aria-invalid="true"{{/PARTITION_ERROR}}>{{#PARTITION_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/PARTITION_OPTION}}</select>
    <p class="hint" id="partition-hint">[[analysis.field.partition.hint]]</p>
    {{#PARTITION_ERROR}}<p class="field-error" id="partition-error">{{MESSAGE}}</p>{{/PARTITION_ERROR}}
  </div>
  <div class="field">
    <label for="network">[[analysis.field.network]]</label>
    <select id="network" name="network"{{#NETWORK_ERROR}} aria-invalid="true" aria-describedby="network-error"{{/NETWORK_ERROR}}><option value="">[[analysis.field.network.none]]</option>{{#NETWORK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/NETWORK_OPTION}}</select>
    {{#NETWORK_ERROR}}<p class="field-error" id="network-error">{{MESSAGE}}</p>{{/NETWORK_ERROR}}
  </div>
  <div class="field">
    <label for="focus">[[analysis.field.focus]]</label>
    <select id="focus" name="focus"{{#FOCUS_ERROR}} aria-invalid="true" aria-describedby="focus-error"{{/FOCUS_ERROR}}><option value="">[[analysis.field.focus.default]]</option>{{#FOCUS_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FOCUS_OPTION}}</select>
    {{#FOCUS_ERROR}}<p class="field-error" id="focus-error">{{MESSAGE}}</p>{{/FOCUS_ERROR}}
  </div>
  {{#WHATIF_FIELDS}}
  <fieldset class="field-group">
    <legend>[[analysis.whatif.legend]]</legend>
    <div class="field">
      <label for="edit">[[analysis.field.edit]]</label>
      <select id="edit" name="edit"{{#EDIT_ERROR}} aria-invalid="true" aria-describedby="edit-error"{{/EDIT_ERROR}}>{{#EDIT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/EDIT_OPTION}}</select>
      {{#EDIT_ERROR}}<p class="field-error" id="edit-error">{{MESSAGE}}</p>{{/EDIT_ERROR}}
    </div>
    <div class="field">
      <label for="subject">[[analysis.field.subject]]</label>
      <select id="subject" name="subject"{{#SUBJECT_ERROR}} aria-invalid="true" aria-describedby="subject-error"{{/SUBJECT_ERROR}}><option value="">[[register.choose]]</option>{{#SUBJECT_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/SUBJECT_OPTION}}</select>
      {{#SUBJECT_ERROR}}<p class="field-error" id="subject-error">{{MESSAGE}}</p>{{/SUBJECT_ERROR}}
    </div>
    <div class="field">
      <label for="edit_network">[[analysis.field.edit_network]]</label>
      <select id="edit_network" name="edit_network" aria-describedby="edit_network-hint{{#EDIT_NETWORK_ERROR}} edit_network-error{{/EDIT_NETWORK_ERROR}}"{{#EDIT_NETWORK_ERROR}} aria-invalid="true"{{/EDIT_NETWORK_ERROR}}><option value="">[[register.choose]]</option>{{#EDIT_NETWORK_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/EDIT_NETWORK_OPTION}}</select>
      <p class="hint" id="edit_network-hint">[[analysis.field.edit_network.hint]]</p>
      {{#EDIT_NETWORK_ERROR}}<p class="field-error" id="edit_network-error">{{MESSAGE}}</p>{{/EDIT_NETWORK_ERROR}}
    </div>
    <div class="field">
      <label for="other">[[analysis.field.other]]</label>
      <select id="other" name="other" aria-describedby="other-hint{{#OTHER_ERROR}} other-error{{/OTHER_ERROR}}"{{#OTHER_ERROR}} aria-invalid="true"{{/OTHER_ERROR}}><option value="">[[register.choose]]</option>{{#OTHER_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/OTHER_OPTION}}</select>
      <p class="hint" id="other-hint">[[analysis.field.other.hint]]</p>
      {{#OTHER_ERROR}}<p class="field-error" id="other-error">{{MESSAGE}}</p>{{/OTHER_ERROR}}
    </div>
  </fieldset>
  {{/WHATIF_FIELDS}}
  {{#HANDOVER_FIELDS}}
  <fieldset class="field-group">
    <legend>[[analysis.handover.legend]]</legend>
    {{#HANDOVER_WEIGHT}}<div class="field">
      <label for="{{NAME}}">{{LABEL}}</label>
      <input id="{{NAME}}" name="{{NAME}}" type="text" inputmode="decimal" value="{{VALUE}}"{{#INVALID}} aria-invalid="true" aria-describedby="{{NAME}}-error"{{/INVALID}}>
      {{#INVALID}}<p class="field-error" id="{{NAME}}-error">{{MESSAGE}}</p>{{/INVALID}}
    </div>{{/HANDOVER_WEIGHT}}
  </fieldset>
  {{/HANDOVER_FIELDS}}
  {{#RECOMMEND_FIELDS}}
  <fieldset class="field-group">
    <legend>[[analysis.recommend.legend]]</legend>
    <div class="field">
      <label for="k">[[analysis.field.k]]</label>
      <input id="k" name="k" type="number" min="0" max="20" value="{{K}}"{{#K_ERROR}} aria-invalid="true" aria-describedby="k-error"{{/K_ERROR}}>
      {{#K_ERROR}}<p class="field-error" id="k-error">{{MESSAGE}}</p>{{/K_ERROR}}
    </div>
    <div class="field">
      <label for="weight_unbridged">[[analysis.field.weight_unbridged]]</label>
      <input id="weight_unbridged" name="weight_unbridged" type="text" inputmode="decimal" value="{{WEIGHT_UNBRIDGED}}"{{#WEIGHT_UNBRIDGED_ERROR}} aria-invalid="true" aria-describedby="weight_unbridged-error"{{/WEIGHT_UNBRIDGED_ERROR}}>
      {{#WEIGHT_UNBRIDGED_ERROR}}<p class="field-error" id="weight_unbridged-error">{{MESSAGE}}</p>{{/WEIGHT_UNBRIDGED_ERROR}}
    </div>
    <div class="field">
      <label for="weight_single">[[analysis.field.weight_single]]</label>
      <input id="weight_single" name="weight_single" type="text" inputmode="decimal" value="{{WEIGHT_SINGLE}}"{{#WEIGHT_SINGLE_ERROR}} aria-invalid="true" aria-describedby="weight_single-error"{{/WEIGHT_SINGLE_ERROR}}>
      {{#WEIGHT_SINGLE_ERROR}}<p class="field-error" id="weight_single-error">{{MESSAGE}}</p>{{/WEIGHT_SINGLE_ERROR}}
    </div>
    <fieldset class="field-group">
      <legend>[[analysis.field.pair_weights]]</legend>
      {{#PAIR_WEIGHT}}<div class="field">
        <label for="{{NAME}}">{{LABEL}}</label>
        <input id="{{NAME}}" name="{{NAME}}" type="text" inputmode="decimal" value="{{VALUE}}">
      </div>{{/PAIR_WEIGHT}}
    </fieldset>
  </fieldset>
  {{/RECOMMEND_FIELDS}}
  <button type="submit" class="button">[[analysis.run]]</button>
</form>
{{#SUMMARY}}<section aria-labelledby="summary-heading"><h2 id="summary-heading">[[analysis.summary]]</h2>
<dl class="summary">{{#ITEM}}<dt>{{LABEL}}</dt><dd>{{VALUE}}</dd>{{/ITEM}}</dl></section>{{/SUMMARY}}
{{#DOWNLOADS}}<p class="exports">[[analysis.download_graph]] <a href="{{GRAPHML}}" download>GraphML</a> · <a href="{{GEXF}}" download>GEXF</a></p>{{/DOWNLOADS}}
{{#TABLE}}
<section aria-labelledby="t-{{ID}}">
<h2 id="t-{{ID}}">{{TITLE}}</h2>
{{#INTRO}}<p>{{TEXT}}</p>{{/INTRO}}
<p class="exports">[[export.label]] <a href="{{CSV}}" download>[[export.csv]]</a> · <a href="{{XLSX}}" download>[[export.xlsx]]</a></p>
{{#EMPTY}}<p>{{TEXT}}</p>{{/EMPTY}}
{{#HAS_ROWS}}<div class="table-wrap">
<table class="table" data-sortable="true" id="table-{{ID}}">
  <caption class="visually-hidden">{{TITLE}}</caption>
  <thead><tr>{{#COL}}<th scope="col" data-type="{{TYPE}}"{{#SORTED}} aria-sort="{{DIR}}"{{/SORTED}}><a href="{{HREF}}">{{LABEL}}</a></th>{{/COL}}</tr></thead>
  <tbody>
  {{#ROW}}<tr>{{#CELL}}{{#ROWHEAD}}<th scope="row" data-sort="{{SORT}}">{{#LINK}}<a href="{{HREF}}">{{TEXT}}</a>{{/LINK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}</th>{{/ROWHEAD}}{{#DATA}}<td data-sort="{{SORT}}"{{#NUM}} class="num"{{/NUM}}>{{#LINK}}<a href="{{HREF}}">{{TEXT}}</a>{{/LINK}}{{#PLAIN}}{{TEXT}}{{/PLAIN}}</td>{{/DATA}}{{/CELL}}</tr>
  {{/ROW}}
  </tbody>
</table>
</div>{{/HAS_ROWS}}
</section>
{{/TABLE}}
<script src="/static/js/table-sort.js" defer></script>
