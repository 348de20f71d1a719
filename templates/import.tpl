{{%AUTOESCAPE context="HTML"}}
<h1>{{TITLE}}</h1>
<p><a href="{{LIST}}">{{LIST_TITLE}}</a></p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
{{#UPLOAD}}
<p>[[import.intro]]</p>
<form method="post" action="/{{KIND}}/import" enctype="multipart/form-data" class="form" novalidate>
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <div class="field">
    <label for="file">[[import.file]]</label>
    <input id="file" name="file" type="file" accept=".csv,text/csv"{{#FILE_ERROR}} aria-invalid="true" aria-describedby="file-error"{{/FILE_ERROR}}>
    {{#FILE_ERROR}}<p class="field-error" id="file-error">{{MESSAGE}}</p>{{/FILE_ERROR}}
  </div>
  <div class="field">
    <label for="text">[[import.text]]</label>
    <textarea id="text" name="text" rows="6"></textarea>
  </div>
  <button type="submit" class="button">[[import.check]]</button>
</form>
<h2>[[import.columns]]</h2>
<div class="table-wrap">
<table class="table">
  <caption class="visually-hidden">[[import.columns]]</caption>
  <thead><tr><th scope="col">[[import.target]]</th><th scope="col">[[import.required_header]]</th><th scope="col">[[import.headings]]</th></tr></thead>
  <tbody>
  {{#FIELD}}<tr><th scope="row">{{LABEL}}</th><td>{{REQUIRED}}</td><td>{{HEADINGS}}</td></tr>{{/FIELD}}
  </tbody>
</table>
</div>
{{/UPLOAD}}
{{#MAPPING}}
<form method="post" action="/{{KIND}}/import/check" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="csv" value="{{CSV}}">
  <h2>[[import.mapping]]</h2>
  {{#MAPPING_ERROR}}<p class="field-error">{{FIELD}}: {{MESSAGE}}</p>{{/MAPPING_ERROR}}
  <div class="table-wrap">
  <table class="table">
    <caption class="visually-hidden">[[import.mapping]]</caption>
    <thead><tr><th scope="col">[[import.column]]</th><th scope="col">[[import.sample]]</th><th scope="col">[[import.target]]</th></tr></thead>
    <tbody>
    {{#COLUMN}}<tr><th scope="row"><label for="map_{{INDEX}}">{{HEADER}}</label></th><td>{{SAMPLE}}</td><td><select id="map_{{INDEX}}" name="map_{{INDEX}}"{{#COLUMN_ERROR}} aria-invalid="true" aria-describedby="map_{{INDEX}}-error"{{/COLUMN_ERROR}}>{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select>{{#COLUMN_ERROR}}<p class="field-error" id="map_{{INDEX}}-error">{{MESSAGE}}</p>{{/COLUMN_ERROR}}</td></tr>{{/COLUMN}}
    </tbody>
  </table>
  </div>
  {{>REPORT}}
  <button type="submit" class="button">[[import.check_again]]</button>
  {{#MAY_COMMIT}}<button type="submit" class="button" formaction="/{{KIND}}/import/commit">[[import.commit]]</button>{{/MAY_COMMIT}}
  <a href="/{{KIND}}/import">[[import.restart]]</a>
</form>
{{/MAPPING}}
{{>PROGRESS}}
{{#FINISHED}}
{{>REPORT}}
<p><a href="{{LIST}}">[[import.to_list]]</a> · <a href="/{{KIND}}/import">[[import.another]]</a></p>
{{/FINISHED}}
{{#FAILED}}<p><a href="/{{KIND}}/import">[[import.another]]</a></p>{{/FAILED}}
