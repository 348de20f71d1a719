// The network map (issue 4) on the Region Hannover demo: it opens with the demo's organisations
// and networks, filters, finds and selects the service centre, shows the service centre's view
// with the sole bridges it leaves, keeps a layout moved by hand, and exports the view —
// with axe-core (WCAG 2.1 AA) on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, accessibilityViolations, login } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function openMap(page) {
  await page.goto(`${server.url}/map`);
  await page.waitForFunction(() => window.bbMap && window.bbMap.cy && window.bbMap.cy.nodes().length > 0);
  await page.waitForFunction(() => /Karte geladen/.test(document.getElementById('map-status').textContent));
}

test('the map opens with the demo region, filters, and finds the service centre', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.getByRole('link', { name: 'Netzwerkkarte' }).click();
  await openMap(page);
  assert.deepEqual(await accessibilityViolations(page), [], 'axe-core violations on the map');

  const counts = await page.evaluate(() => ({
    organisations: window.bbMap.cy.nodes('[kind = "organisation"]').length,
    networks: window.bbMap.cy.nodes('[kind = "network"]').length,
  }));
  assert.ok(counts.organisations > 300, `demo organisations on the map: ${counts.organisations}`);
  assert.ok(counts.networks >= 15, `demo networks on the map: ${counts.networks}`);
  const visibleOrganisations = () => page.evaluate(() => window.bbMap.cy.nodes('[kind = "organisation"]:visible').length);

  await page.getByLabel('Typ').selectOption({ label: 'Berufsbildende Schule' });
  await page.waitForFunction((n) => !document.getElementById('map-status').textContent.includes(`${n} Organisationen`),
                             counts.organisations);
  const schools = await visibleOrganisations();
  assert.ok(schools > 0 && schools < counts.organisations, `filter by type leaves ${schools}`);
  await page.getByLabel('Typ').selectOption('');
  // The filter applies on the change event; wait for the status line it writes, then count.
  await page.waitForFunction((n) => document.getElementById('map-status').textContent.includes(`${n} Organisationen`),
                             counts.organisations);
  assert.equal(await visibleOrganisations(), counts.organisations);

  await page.getByLabel('Organisation suchen').fill('Servicestelle');
  await page.getByRole('button', { name: 'Zeigen' }).click();
  await page.getByRole('heading', { level: 3, name: /Servicestelle/ }).waitFor();
  const panel = await page.locator('#map-selected').textContent();
  assert.match(panel, /Netzwerke/);
  assert.match(panel, /Betweenness/);
});

test('the service centre view marks the sole bridges; layouts are kept; the view exports', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await openMap(page);

  await page.getByRole('button', { name: 'Sicht der Servicestelle' }).click();
  await page.locator('#map-sole-bridges li').first().waitFor();
  const sole = await page.locator('#map-sole-bridges li').count();
  assert.ok(sole > 10, `sole bridges of the service centre: ${sole}`);
  assert.equal(await page.evaluate(() => window.bbMap.cy.edges('.sole').length), sole);
  assert.deepEqual(await accessibilityViolations(page), [], 'axe-core violations on the service centre view');
  await page.getByRole('button', { name: 'Ganze Karte' }).click();

  // Move a node by hand, save the layout, reload: the node is where it was put.
  const id = await page.evaluate(() => {
    const node = window.bbMap.cy.nodes('[kind = "network"]').first();
    node.emit('grab');
    node.position({ x: 4321, y: -1234 });
    node.emit('free');
    return node.id();
  });
  await page.getByLabel('Layout speichern als').fill('Netzwerkkonferenz');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForFunction(() => /Layout gespeichert/.test(document.getElementById('map-status').textContent));
  await page.getByRole('button', { name: 'Rückgängig' }).click();
  assert.notEqual(await page.evaluate((n) => window.bbMap.cy.getElementById(n).position().x, id), 4321);

  await openMap(page);
  await page.getByLabel('Gespeichertes Layout').selectOption('Netzwerkkonferenz');
  await page.waitForFunction(() => /Layout geladen/.test(document.getElementById('map-status').textContent));
  assert.equal(await page.evaluate((n) => window.bbMap.cy.getElementById(n).position().x, id), 4321);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /\.pdf$/);

  const graphml = page.waitForEvent('download');
  await page.getByRole('link', { name: 'GraphML' }).click();
  assert.match((await graphml).suggestedFilename(), /\.graphml$/);
});
