{{%AUTOESCAPE context="HTML"}}
<h1>[[import.organisations.title]]</h1>
<p><a href="/organisations">[[register.organisations.title]]</a></p>
{{#FORM_ERRORS}}<div class="error-summary" role="alert"><p>{{MESSAGE}}</p></div>{{/FORM_ERRORS}}
{{#UPLOAD}}
<p>[[import.intro]]</p>
<form method="post" action="/organisations/import" enctype="multipart/form-data" class="form" novalidate>
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
{{/UPLOAD}}
{{#MAPPING}}
<form method="post" action="/organisations/import/check" class="form">
  <input type="hidden" name="_csrf" value="{{CSRF}}">
  <input type="hidden" name="csv" value="{{CSV}}">
  <h2>[[import.mapping]]</h2>
  {{#MAPPING_ERROR}}<p class="field-error">{{FIELD}}: {{MESSAGE}}</p>{{/MAPPING_ERROR}}
  <div class="table-wrap">
  <table class="table">
    <caption class="visually-hidden">[[import.mapping]]</caption>
    <thead><tr><th scope="col">[[import.column]]</th><th scope="col">[[import.sample]]</th><th scope="col">[[import.target]]</th></tr></thead>
    <tbody>
    {{#COLUMN}}<tr><th scope="row"><label for="map_{{INDEX}}">{{HEADER}}</label></th><td>{{SAMPLE}}</td><td><select id="map_{{INDEX}}" name="map_{{INDEX}}">{{#FIELD_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/FIELD_OPTION}}</select></td></tr>{{/COLUMN}}
    </tbody>
  </table>
  </div>
  {{#REPORT}}
  <h2>[[import.report]]</h2>
  <p>{{SUMMARY}}</p>
  <div class="table-wrap">
  <table class="table">
    <caption class="visually-hidden">[[import.report]]</caption>
    <thead><tr><th scope="col">[[import.row]]</th><th scope="col">[[register.organisation.name]]</th><th scope="col">[[import.outcome]]</th><th scope="col">[[import.problems]]</th><th scope="col">[[import.duplicates]]</th></tr></thead>
    <tbody>
    {{#ROW}}<tr{{#REJECTED}} class="rejected"{{/REJECTED}}><td>{{ROW}}</td><td>{{NAME}}</td><td>{{OUTCOME}}</td><td>{{#PROBLEM}}<p>{{COLUMN}}: {{MESSAGE}}</p>{{/PROBLEM}}</td><td>{{#DUPLICATE}}<p>{{NAME}}</p>{{/DUPLICATE}}</td></tr>{{/ROW}}
    </tbody>
  </table>
  </div>
  {{#HIDDEN}}<p>{{TEXT}}</p>{{/HIDDEN}}
  {{/REPORT}}
  <button type="submit" class="button">[[import.check_again]]</button>
  {{#MAY_COMMIT}}<button type="submit" class="button" formaction="/organisations/import/commit">[[import.commit]]</button>{{/MAY_COMMIT}}
  <a href="/organisations/import">[[import.restart]]</a>
</form>
{{/MAPPING}}
