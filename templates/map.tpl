{{%AUTOESCAPE context="HTML"}}
<h1>[[map.title]]</h1>
<p>[[map.intro]]{{#MAY_ANALYSE}} <a href="/analysis">[[map.tables_link]]</a>{{/MAY_ANALYSE}}</p>
<noscript><p class="notice">[[map.noscript]]{{#MAY_ANALYSE}} <a href="/analysis">[[map.tables_link]]</a>{{/MAY_ANALYSE}}</p></noscript>
<form class="form filters map-filters" id="map-filters" method="get" action="/map" aria-label="[[map.filters.label]]">
  <div class="field">
    <label for="map-date">[[map.filter.date]]</label>
    <input id="map-date" name="date" type="date" value="{{DATE}}">
  </div>
  <div class="field">
    <label for="map-type">[[map.filter.type]]</label>
    <select id="map-type"><option value="">[[map.filter.all]]</option>{{#TYPE_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/TYPE_OPTION}}</select>
  </div>
  <div class="field">
    <label for="map-municipality">[[map.filter.municipality]]</label>
    <select id="map-municipality"><option value="">[[map.filter.all]]</option>{{#MUNICIPALITY_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/MUNICIPALITY_OPTION}}</select>
  </div>
  <div class="field">
    <label for="map-network">[[map.filter.network]]</label>
    <select id="map-network"><option value="">[[map.filter.all]]</option>{{#NETWORK_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/NETWORK_OPTION}}</select>
  </div>
  <div class="field field--checkbox">
    <input id="map-migrant-led" type="checkbox">
    <label for="map-migrant-led">[[map.filter.migrant_led]]</label>
  </div>
  <div class="field">
    <label for="map-metric">[[map.filter.metric]]</label>
    <select id="map-metric">{{#METRIC_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/METRIC_OPTION}}</select>
  </div>
  <div class="field">
    <button type="submit" class="button">[[map.filter.apply_date]]</button>
  </div>
</form>
<div class="map-toolbar" role="group" aria-label="[[map.tools.label]]">
  <div class="field map-search">
    <label for="map-search">[[map.search.label]]</label>
    <input id="map-search" type="search" list="map-names" autocomplete="off">
    <datalist id="map-names"></datalist>
    <button type="button" class="button button--quiet" id="map-focus">[[map.search.focus]]</button>
  </div>
  <button type="button" class="button button--quiet" id="map-centre-view">[[map.focus.button]]</button>
  <button type="button" class="button button--quiet" id="map-whole">[[map.whole.button]]</button>
  <button type="button" class="button button--quiet" id="map-undo">[[map.undo.button]]</button>
  <button type="button" class="button button--quiet" id="map-auto">[[map.layout.auto]]</button>
  <div class="field">
    <label for="map-layout">[[map.layout.saved_label]]</label>
    <select id="map-layout"><option value="">[[map.layout.automatic]]</option>{{#LAYOUT_OPTION}}<option value="{{VALUE}}">{{LABEL}}</option>{{/LAYOUT_OPTION}}</select>
  </div>
  {{#MAY_SAVE}}
  <div class="field">
    <label for="map-layout-name">[[map.layout.name]]</label>
    <input id="map-layout-name" type="text" maxlength="80">
    <button type="button" class="button button--quiet" id="map-save">[[map.layout.save]]</button>
  </div>
  {{/MAY_SAVE}}
  <span class="map-export">[[map.export.label]]
    <button type="button" class="button button--quiet" data-export="svg">SVG</button>
    <button type="button" class="button button--quiet" data-export="pdf">PDF</button>
    <button type="button" class="button button--quiet" data-export="png">PNG</button>
    <a id="map-graphml" href="/api/v1/analysis/export.graphml?date={{DATE}}">GraphML</a>
  </span>
</div>
<p id="map-status" class="map-status" role="status" aria-live="polite"></p>
<div class="map-layout">
  <div id="map" class="map-canvas" role="img" aria-label="[[map.canvas.label]]" data-date="{{DATE}}"
       data-csrf="{{CSRF}}" data-texts="{{SCRIPT_TEXTS}}"{{#MAY_ANALYSE}} data-analyse="1"{{/MAY_ANALYSE}}></div>
  <aside class="map-panel" aria-labelledby="map-panel-title">
    <h2 id="map-panel-title">[[map.panel.title]]</h2>
    <div id="map-selected"><p>[[map.selected.none]]</p></div>
    <h2>[[map.legend.title]]</h2>
    <ul id="map-legend" class="map-legend"></ul>
  </aside>
</div>
<script src="/static/vendor/cytoscape.min.js" defer></script>
<script src="/static/js/map.js" defer></script>
