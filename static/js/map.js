// The network map (issue 4): draws /api/v1/analysis/graph with cytoscape.js. The positions come
// from the server (igraph's layout, or a saved layout), so a map of thousands of organisations
// opens at once; this script only draws, filters, and sends moves, layouts and exports back.
// All texts come from the page (data-texts, from the message catalog).
(() => {
  'use strict';
  const container = document.getElementById('map');
  if (!container || typeof cytoscape !== 'function') return;
  const T = JSON.parse(container.dataset.texts);
  const csrf = container.dataset.csrf;
  const $ = (id) => document.getElementById(id);
  const status = $('map-status');
  const say = (key, args) => {
    let text = T[key] || key;
    for (const [k, v] of Object.entries(args || {})) text = text.replace('{' + k + '}', String(v));
    status.textContent = text;
  };
  // Colours with at least 3:1 contrast against the white map background (WCAG 1.4.11).
  const PALETTE = ['#1f5f99', '#b8322a', '#2a7a2a', '#6e4a9e', '#8a5a2b', '#b0307f', '#5c5c5c', '#6f6f00',
                   '#00707a', '#b35900', '#3b3f8f', '#4f6b1f', '#7a5a00', '#8a2f2f', '#7b4173', '#1d6fa5',
                   '#237a3a', '#5a4fa0', '#444444'];
  const NETWORK_COLOUR = '#333333';
  const typeKeys = Object.keys(T.types);
  const typeColour = Object.fromEntries(typeKeys.map((k, i) => [k, PALETTE[i % PALETTE.length]]));

  let graph = null;
  let cy = null;
  let undo = [];
  const moved = new Set();   // moved by hand: automatic layouts keep them where they are
  let wholePositions = null; // positions before the service centre view

  async function api(method, url, body) {
    const res = await fetch(url, {
      method, credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-Token': csrf},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(method + ' ' + url + ': ' + res.status);
    return res;
  }

  const organisationNodes = () => graph.nodes.filter((n) => n.kind === 'organisation');
  const networkNodes = () => graph.nodes.filter((n) => n.kind === 'network');
  const validEdges = () => graph.edges.filter((e) => e.valid);

  function sizeOf(node, metric, max) {
    if (node.kind === 'network') return 34;
    const value = node.metrics && typeof node.metrics[metric] === 'number' ? node.metrics[metric] : 0;
    return 14 + 46 * Math.sqrt(max > 0 ? Math.max(0, value) / max : 0);
  }

  function singleBridgeOrganisations() {
    return new Set(graph.single_bridges.map((b) => b.organisation));
  }

  function elements(positions) {
    const metric = $('map-metric').value;
    const max = Math.max(0, ...organisationNodes().map((n) => (n.metrics && n.metrics[metric]) || 0));
    const bridges = singleBridgeOrganisations();
    const nodes = graph.nodes.map((n) => ({
      group: 'nodes',
      data: {id: n.id, label: n.name, kind: n.kind, colour: n.kind === 'network' ? NETWORK_COLOUR : (typeColour[n.type] || '#5c5c5c'),
             size: sizeOf(n, metric, max)},
      position: positions[n.id] ? {x: positions[n.id][0], y: positions[n.id][1]} : {x: 0, y: 0},
      classes: bridges.has(n.id) ? 'bridge' : '',
    }));
    const edges = validEdges().map((e) => ({group: 'edges', data: {id: e.id, source: e.source, target: e.target, kind: e.kind}}));
    return nodes.concat(edges);
  }

  const STYLE = [
    {selector: 'node', style: {'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
      'label': 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 2,
      'color': '#1a1a1f', 'border-width': 1, 'border-color': '#ffffff'}},
    {selector: 'node[kind = "network"]', style: {'shape': 'diamond', 'font-weight': 'bold', 'font-size': 12}},
    {selector: 'node.bridge', style: {'border-width': 3, 'border-color': '#b8322a'}},
    {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#000000'}},
    {selector: 'edge', style: {'width': 1, 'line-color': '#c4c4c4', 'curve-style': 'haystack'}},
    {selector: 'edge[kind = "tie"]', style: {'width': 1.5, 'line-color': '#6a6a6a'}},
    {selector: 'edge.sole', style: {'width': 4, 'line-color': '#b8322a', 'line-style': 'dashed', 'curve-style': 'bezier'}},
    {selector: '.hidden', style: {'display': 'none'}},
  ];

  function draw(positions) {
    if (cy) cy.destroy();
    cy = cytoscape({container, elements: elements(positions), layout: {name: 'preset'}, style: STYLE,
      // Smooth panning of thousands of nodes: draw a bitmap while moving, edges hidden.
      textureOnViewport: true, hideEdgesOnViewport: true, minZoom: 0.02, maxZoom: 4, boxSelectionEnabled: false});
    window.bbMap.cy = cy;
    cy.on('grab', 'node', (ev) => { ev.target.scratch('_from', Object.assign({}, ev.target.position())); });
    cy.on('free', 'node', (ev) => {
      const from = ev.target.scratch('_from');
      const to = ev.target.position();
      if (from && (from.x !== to.x || from.y !== to.y)) {
        undo.push({id: ev.target.id(), from});
        moved.add(ev.target.id());
      }
    });
    cy.on('tap', 'node', (ev) => showSelected(ev.target.id()));
    applyFilters();
    legend();
  }

  function currentPositions() {
    const out = {};
    cy.nodes().forEach((n) => { const p = n.position(); out[n.id()] = [Math.round(p.x), Math.round(p.y)]; });
    return out;
  }

  async function automaticPositions(start) {
    const body = {nodes: graph.nodes.map((n) => n.id), edges: validEdges().map((e) => [e.source, e.target])};
    if (start) { body.start = start; body.fixed = Array.from(moved); }
    return (await (await api('POST', '/api/v1/map/layout', body)).json()).positions;
  }

  function applyFilters() {
    const type = $('map-type').value;
    const municipality = $('map-municipality').value;
    const network = $('map-network').value;
    const migrantLed = $('map-migrant-led').checked;
    const inNetwork = new Set(network ? validEdges().filter((e) => e.kind === 'membership' && e.target === network).map((e) => e.source) : []);
    let organisations = 0;
    let networks = 0;
    cy.batch(() => {
      for (const n of graph.nodes) {
        let show;
        if (n.kind === 'network') {
          show = !network || n.id === network;
          if (show) networks++;
        } else {
          show = (!type || n.type === type) && (!municipality || String(n.municipality_id) === municipality) &&
                 (!migrantLed || n.migrant_led) && (!network || inNetwork.has(n.id));
          if (show) organisations++;
        }
        cy.getElementById(n.id).toggleClass('hidden', !show);
      }
    });
    say('map.visible', {organisations, networks});
  }

  function resize() {
    const metric = $('map-metric').value;
    const max = Math.max(0, ...organisationNodes().map((n) => (n.metrics && n.metrics[metric]) || 0));
    cy.batch(() => { for (const n of graph.nodes) cy.getElementById(n.id).data('size', sizeOf(n, metric, max)); });
  }

  function legend() {
    const list = $('map-legend');
    list.replaceChildren();
    const present = new Set(organisationNodes().map((n) => n.type));
    const entry = (colour, label, shape) => {
      const li = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'map-legend__swatch' + (shape ? ' map-legend__swatch--' + shape : '');
      swatch.style.backgroundColor = colour;
      swatch.setAttribute('aria-hidden', 'true');
      li.append(swatch, document.createTextNode(' ' + label));
      list.append(li);
    };
    for (const key of typeKeys) if (present.has(key)) entry(typeColour[key], T.types[key]);
    entry(NETWORK_COLOUR, T['map.network'], 'diamond');
    entry('#ffffff', T['map.legend.bridge'], 'bridge');
    entry('#b8322a', T['map.legend.sole_bridge'], 'line');
  }

  function nodeById(id) { return graph.nodes.find((n) => n.id === id); }

  function showSelected(id) {
    const n = nodeById(id);
    const panel = $('map-selected');
    panel.replaceChildren();
    if (!n) return;
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
    const h = document.createElement('h3');
    h.textContent = n.name;
    const dl = document.createElement('dl');
    const row = (label, value) => {
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = value;
      dl.append(dt, dd);
    };
    if (n.kind === 'network') {
      row(T['map.network'], n.name);
    } else {
      row(T['map.selected.type'], T.types[n.type] || n.type);
      row(T['map.selected.municipality'], n.municipality || '–');
      if (n.migrant_led) row(T['map.migrant_led'], '✓');
      const names = validEdges().filter((e) => e.kind === 'membership' && e.source === id).map((e) => (nodeById(e.target) || {}).name);
      row(T['map.selected.networks'], names.join(', ') || '–');
      for (const key of ['degree', 'weighted_degree', 'betweenness', 'closeness', 'effective_size', 'brokerage_total']) {
        const v = n.metrics ? n.metrics[key] : null;
        if (typeof v === 'number') row(T['map.metric.' + key], Number.isInteger(v) ? String(v) : v.toFixed(3));
      }
    }
    panel.append(h, dl);
    if (n.kind === 'organisation') {
      const p = document.createElement('p');
      const page = document.createElement('a');
      page.href = '/organisations/' + n.organisation_id;
      page.textContent = T['map.selected.open'];
      p.append(page);
      if (container.dataset.analyse) {
        const whatIf = document.createElement('a');
        whatIf.href = '/analysis/what-if?' + new URLSearchParams({date: graph.date || $('map-date').value,
                                                                 edit: 'remove_organisation', subject: n.organisation_id});
        whatIf.textContent = T['map.selected.whatif'];
        p.append(document.createTextNode(' · '), whatIf);
      }
      panel.append(p);
    }
  }

  function focusOn(id) {
    const node = cy.getElementById(id);
    if (node.empty()) return false;
    node.removeClass('hidden');
    showSelected(id);
    cy.animate({center: {eles: node}, zoom: Math.max(cy.zoom(), 1.2)}, {duration: 250});
    return true;
  }

  // The classic picture: the service centre in the centre, its networks around it, the pairs of
  // networks it alone connects drawn as dashed red lines.
  async function centreView() {
    const centre = organisationNodes().find((n) => n.type === 'service_centre');
    if (!centre) return;
    if (!wholePositions) wholePositions = currentPositions();
    graph = await (await api('GET', '/api/v1/analysis/graph?' + new URLSearchParams({date: graph.date || $('map-date').value, focus: centre.organisation_id}))).json();
    const own = new Set(validEdges().filter((e) => e.kind === 'membership' && e.source === centre.id).map((e) => e.target));
    const positions = {};
    const ring = Array.from(own);
    const radius = 120 + 30 * ring.length;
    positions[centre.id] = [0, 0];
    ring.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ring.length;
      positions[id] = [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
    });
    draw(Object.assign({}, wholePositions, positions));
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass('hidden', n.id() !== centre.id && !own.has(n.id())));
      cy.edges().forEach((e) => e.toggleClass('hidden', e.source().id() !== centre.id));
      for (const [i, b] of graph.focus_sole_bridges.entries()) {
        cy.add({group: 'edges', data: {id: 'sole' + i, source: b.network_a, target: b.network_b, kind: 'sole'}, classes: 'sole'});
      }
    });
    cy.fit(cy.elements(':visible'), 40);
    showSelected(centre.id);
    const panel = $('map-selected');
    const list = document.createElement('ul');
    list.id = 'map-sole-bridges';
    for (const b of graph.focus_sole_bridges) {
      const li = document.createElement('li');
      li.textContent = T['map.sole_bridge'] + ' ' + nodeById(b.network_a).name + ' – ' + nodeById(b.network_b).name;
      list.append(li);
    }
    panel.append(list);
    say('map.focus.view');
  }

  async function wholeMap() {
    if (!wholePositions) return;
    const positions = wholePositions;
    wholePositions = null;
    draw(positions);
    cy.fit(undefined, 30);
  }

  async function loadLayout(name) {
    const positions = name
      ? (await (await api('GET', '/api/v1/map/layouts/' + encodeURIComponent(name))).json()).positions
      : await automaticPositions();
    const missing = graph.nodes.some((n) => !positions[n.id]);
    draw(missing ? await automaticPositions(positions) : positions);
    cy.fit(undefined, 30);
  }

  async function start() {
    say('map.loading');
    const q = new URLSearchParams({date: $('map-date').value});
    graph = await (await api('GET', '/api/v1/analysis/graph?' + q)).json();
    const names = $('map-names');
    for (const n of organisationNodes()) { const o = document.createElement('option'); o.value = n.name; names.append(o); }
    await loadLayout('');
    say('map.loaded', {organisations: organisationNodes().length, networks: networkNodes().length});
  }

  function wire() {
    for (const id of ['map-type', 'map-municipality', 'map-network', 'map-migrant-led']) $(id).addEventListener('change', applyFilters);
    $('map-metric').addEventListener('change', resize);
    $('map-focus').addEventListener('click', () => {
      const wanted = $('map-search').value.trim().toLowerCase();
      const hit = organisationNodes().find((n) => n.name.toLowerCase() === wanted) ||
                  organisationNodes().find((n) => n.name.toLowerCase().includes(wanted));
      if (!wanted || !hit || !focusOn(hit.id)) say('map.search.not_found');
    });
    $('map-search').addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); $('map-focus').click(); } });
    $('map-centre-view').addEventListener('click', () => centreView().catch(() => say('map.failed')));
    $('map-whole').addEventListener('click', () => wholeMap());
    $('map-undo').addEventListener('click', () => {
      const last = undo.pop();
      if (!last) { say('map.undo.nothing'); return; }
      cy.getElementById(last.id).position(last.from);
      if (!undo.some((u) => u.id === last.id)) moved.delete(last.id);
      say('map.undo.done');
    });
    $('map-auto').addEventListener('click', async () => {
      try {
        const positions = await automaticPositions(currentPositions());
        cy.batch(() => cy.nodes().forEach((n) => { const p = positions[n.id()]; if (p) n.position({x: p[0], y: p[1]}); }));
        say('map.layout.auto_done');
      } catch (e) { say('map.failed'); }
    });
    $('map-layout').addEventListener('change', () => loadLayout($('map-layout').value).then(() => say('map.layout.loaded'), () => say('map.failed')));
    const save = $('map-save');
    if (save) save.addEventListener('click', async () => {
      const name = $('map-layout-name').value.trim();
      if (!name) { say('map.layout.name_required'); $('map-layout-name').focus(); return; }
      try {
        await api('PUT', '/api/v1/map/layouts/' + encodeURIComponent(name), {positions: currentPositions()});
        const select = $('map-layout');
        if (!Array.from(select.options).some((o) => o.value === name)) select.append(new Option(name, name));
        select.value = name;
        say('map.layout.saved');
      } catch (e) { say('map.failed'); }
    });
    for (const button of document.querySelectorAll('[data-export]')) {
      button.addEventListener('click', () => exportView(button.dataset.export).catch(() => say('map.export.failed')));
    }
  }

  // The current view as the server draws it (cairo): what is visible, where it is on screen.
  async function exportView(format) {
    const width = container.clientWidth;
    const height = container.clientHeight;
    const inside = (p) => p.x >= -50 && p.y >= -50 && p.x <= width + 50 && p.y <= height + 50;
    const nodes = [];
    cy.nodes(':visible').forEach((n) => {
      const p = n.renderedPosition();
      if (!inside(p)) return;
      nodes.push({x: p.x, y: p.y, size: n.renderedWidth(), colour: n.data('colour'),
                  shape: n.data('kind') === 'network' ? 'diamond' : 'ellipse', highlighted: n.selected() || n.hasClass('bridge'),
                  label: cy.zoom() >= 0.6 || n.data('kind') === 'network' || n.selected() ? n.data('label') : ''});
    });
    const edges = [];
    cy.edges(':visible').forEach((e) => {
      const a = e.source().renderedPosition();
      const b = e.target().renderedPosition();
      if (!inside(a) && !inside(b)) return;
      const sole = e.hasClass('sole');
      edges.push({x1: a.x, y1: a.y, x2: b.x, y2: b.y, colour: sole ? '#b8322a' : (e.data('kind') === 'tie' ? '#6a6a6a' : '#c4c4c4'),
                  width: sole ? 4 : 1, dashed: sole});
    });
    const present = new Set(organisationNodes().map((n) => n.type));
    const legendEntries = typeKeys.filter((k) => present.has(k)).map((k) => ({colour: typeColour[k], label: T.types[k]}));
    legendEntries.push({colour: NETWORK_COLOUR, label: T['map.network']});
    const body = {width, height, title: document.querySelector('h1').textContent, caption: $('map-date').labels[0].textContent + ': ' + (graph.date || $('map-date').value),
                  nodes, edges, legend: legendEntries};
    const res = await api('POST', '/api/v1/map/export?format=' + format, body);
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = 'netzwerkkarte.' + format;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  window.bbMap = {cy: null};
  wire();
  window.bbMap.ready = start().catch((e) => { say('map.failed'); throw e; });
})();
