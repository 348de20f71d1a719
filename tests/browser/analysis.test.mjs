// The network analysis (issue 4) as a coordinator uses it without the map: the tables (metrics,
// brokerage roles, network-pair bridges, handover, recommendations), sorting a column with and
// without JavaScript, the what-if "remove the service centre" showing the sole bridges it leaves,
// and the GraphML/GEXF and CSV downloads — with axe-core (WCAG 2.1 AA) on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, accessibilityViolations, login } from './support.mjs';

let server;
let browser;
const date = '2025-06-01';
const centreName = 'Servicestelle Ausbildung und Migration Region Hannover';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function assertAccessible(page, label) {
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `axe-core violations on ${label}`);
}

test('the analysis tables, sortable with and without JavaScript', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(server.url + '/');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Netzwerkanalyse' }).click();
  await page.waitForURL(/\/analysis$/);
  assert.equal(await page.locator('h1').innerText(), 'Netzwerkanalyse');
  await assertAccessible(page, '/analysis');

  await page.getByLabel('Stichtag').fill(date);
  await page.getByRole('button', { name: 'Analysieren' }).click();
  await page.waitForURL(/date=2025-06-01/);
  // The service centre is in focus by default and is the sole bridge of several pairs.
  const sole = page.locator('#table-sole tbody tr');
  assert.ok(await sole.count() >= 10, 'the service centre alone connects many pairs of networks');

  for (const [name, path] of [['Kennzahlen', 'metrics'], ['Vermittlungsrollen', 'brokerage'],
    ['Brücken zwischen Netzwerken', 'bridges'], ['Verstetigung', 'handover'], ['Empfehlungen', 'recommendations']]) {
    await page.getByRole('navigation', { name: 'Bereiche der Netzwerkanalyse' }).getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`/analysis/${path}\\?.*date=2025-06-01`));
    assert.equal(await page.locator('h1').innerText(), name);
    await assertAccessible(page, `/analysis/${path}`);
  }

  // Sorting with JavaScript: the metrics by betweenness, highest first (two clicks).
  await page.goto(`${server.url}/analysis/metrics?date=${date}`);
  const header = page.locator('#table-metrics thead th', { hasText: 'Zwischenzentralität' });
  await header.getByRole('link').click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  await header.getByRole('link').click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.match(page.url(), /\/analysis\/metrics\?date=2025-06-01$/, 'sorted in place, no reload');
  const first = await page.locator('#table-metrics tbody tr').first().locator('th').innerText();
  assert.equal(first, centreName, 'the service centre has the highest betweenness');

  // Without JavaScript the header link sorts on the server.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await login(plain, server);
  await plain.goto(`${server.url}/analysis/metrics?date=${date}`);
  const plainHeader = plain.locator('#table-metrics thead th', { hasText: 'Zwischenzentralität' });
  await plainHeader.getByRole('link').click();
  await plain.waitForURL(/sort=metrics\.betweenness&order=asc/);
  await plain.locator('#table-metrics thead th', { hasText: 'Zwischenzentralität' }).getByRole('link').click();
  await plain.waitForURL(/sort=metrics\.betweenness&order=desc/);
  assert.equal(await plain.locator('#table-metrics thead th', { hasText: 'Zwischenzentralität' }).getAttribute('aria-sort'),
    'descending');
  assert.equal(await plain.locator('#table-metrics tbody tr').first().locator('th').innerText(), centreName);
  await context.close();
});

test('what if the service centre were gone: the sole bridges it leaves, nothing stored', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(`${server.url}/analysis/bridges?date=${date}`);
  const soleBefore = await page.locator('#table-sole tbody tr').count();
  assert.ok(soleBefore > 0);

  await page.goto(`${server.url}/analysis/what-if?date=${date}`);
  assert.equal(await page.locator('h1').innerText(), 'Was wäre, wenn …');
  await assertAccessible(page, '/analysis/what-if');
  await page.getByLabel('Art der Änderung').selectOption('remove_organisation');
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: centreName });
  await page.getByRole('button', { name: 'Analysieren' }).click();
  await page.waitForURL(/edit=remove_organisation/);
  const lost = page.locator('#table-changed_pairs tbody tr', { hasText: 'verliert die Brücke' });
  assert.equal(await lost.count(), soleBefore, 'every pair only the centre connected loses its bridge');
  assert.match(await page.locator('main').innerText(), /nichts – nur durchgespielt/);
  await assertAccessible(page, '/analysis/what-if with a result');

  // A form error next to the field: no organisation chosen.
  await page.goto(`${server.url}/analysis/what-if?date=${date}&edit=remove_membership`);
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Organisation', { exact: true }).getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, '/analysis/what-if with errors');

  // Nothing was stored.
  await page.goto(`${server.url}/analysis/bridges?date=${date}`);
  assert.equal(await page.locator('#table-sole tbody tr').count(), soleBefore);
});

test('downloads: GraphML, GEXF and a table as CSV', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(`${server.url}/analysis?date=${date}`);
  const [graphml] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'GraphML' }).click()]);
  assert.match(graphml.suggestedFilename(), /\.graphml$/);
  const text = await (await graphml.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8'));
  assert.match(text, /<graphml/);
  assert.ok(text.includes(centreName.replace(/&/g, '&amp;')), 'the organisations carry their names');
  const [gexf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'GEXF' }).click()]);
  assert.match(gexf.suggestedFilename(), /\.gexf$/);
  const [csv] = await Promise.all([page.waitForEvent('download'),
    page.locator('section', { has: page.locator('#t-sole') }).getByRole('link', { name: /CSV/ }).click()]);
  assert.match(csv.suggestedFilename(), /analysis-sole.*\.csv$/);
});
