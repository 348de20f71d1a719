// A region admin keeps the region's organisation types (/admin/types): adds one with a mistake,
// fixes it, renames it, is refused deactivating it while an organisation has it, deactivates
// an unused one — with axe-core (WCAG 2.1 AA) on every page visited.
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

async function assertAccessible(page, label) {
  const violations = await accessibilityViolations(page);
  assert.deepEqual(violations, [], `axe-core violations on ${label}`);
}

test('add, rename and deactivate organisation types', async () => {
  const page = await newPage(browser);
  await login(page, server);

  await page.getByRole('link', { name: 'Organisationsarten' }).click();
  await page.waitForURL(/\/admin\/types$/);
  assert.equal(await page.locator('h1').innerText(), 'Organisationsarten');
  assert.match(await page.locator('table').innerText(), /Migrantenorganisation/);
  await assertAccessible(page, '/admin/types');

  // A mistake: no German label.
  await page.getByLabel('Bezeichnung (Englisch)').fill('Foundation');
  await page.getByRole('button', { name: 'Art anlegen' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Bezeichnung (Deutsch)').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Bezeichnung (Englisch)').inputValue(), 'Foundation');
  await assertAccessible(page, '/admin/types with an error');

  await page.getByLabel('Bezeichnung (Deutsch)').fill('Stiftung');
  await page.getByRole('button', { name: 'Art anlegen' }).click();
  await page.waitForURL(/\/admin\/types\?saved=created$/);
  assert.match(await page.getByRole('status').innerText(), /angelegt/);
  await page.getByLabel('Bezeichnung (Deutsch)').fill('Genossenschaft');
  await page.getByRole('button', { name: 'Art anlegen' }).click();
  await page.waitForURL(/\/admin\/types\?saved=created$/);

  // The organisation form offers the new type; an organisation gets it.
  await page.goto(`${server.url}/organisations/new`);
  await page.getByLabel('Name', { exact: true }).fill('Bürgerstiftung Burgdorf');
  await page.getByLabel('Art').selectOption({ label: 'Stiftung' });
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await page.waitForURL(/\/organisations\/\d+\?saved=created$/);

  // Rename it; deactivating is refused with the reason while it is used.
  await page.goto(`${server.url}/admin/types`);
  await page.getByRole('link', { name: 'Stiftung', exact: true }).click();
  await page.waitForURL(/\/admin\/types\/custom_stiftung$/);
  await assertAccessible(page, '/admin/types/custom_stiftung');
  await page.getByLabel('Bezeichnung (Deutsch)').fill('Stiftung bürgerlichen Rechts');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(/\?saved=renamed$/);
  assert.equal(await page.locator('h1').innerText(), 'Stiftung bürgerlichen Rechts');
  await page.getByRole('button', { name: 'Art deaktivieren' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /weil Organisationen sie haben/);
  await assertAccessible(page, 'a used type refused deactivation');

  // The unused one can go.
  await page.goto(`${server.url}/admin/types/custom_genossenschaft`);
  await page.getByRole('button', { name: 'Art deaktivieren' }).click();
  await page.waitForURL(/\?saved=deactivated$/);
  assert.match(await page.getByRole('status').innerText(), /deaktiviert/);
  await assertAccessible(page, 'a deactivated type');
  await page.goto(`${server.url}/organisations/new`);
  assert.equal(await page.locator('option[value="custom_genossenschaft"]').count(), 0);
});
