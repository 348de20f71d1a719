// The register (issue 3) as a coordinator uses it: create an organisation, make a mistake, fix
// it, create a network and add the organisation to it — with axe-core (WCAG 2.1 AA) on every
// page visited.
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

test('create an organisation with an error, fix it, and add it to a network', async () => {
  const page = await newPage(browser);
  await login(page, server);

  await page.goto(`${server.url}/organisations`);
  assert.equal(await page.locator('h1').innerText(), 'Akteure');
  await assertAccessible(page, '/organisations');

  await page.getByRole('link', { name: 'Neue Organisation' }).click();
  await page.waitForURL(/\/organisations\/new$/);
  await assertAccessible(page, '/organisations/new');

  // A mistake: the name is missing and the website has no scheme.
  await page.getByLabel('Art').selectOption('migrant_organisation');
  await page.getByLabel('Kommune').selectOption({ label: 'Neustadt am Rübenberge' });
  await page.getByLabel('Website').fill('kargah.example');
  await page.getByLabel('Sprachen').fill('de, fa, ku');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Bitte korrigieren Sie die markierten Angaben/);
  const name = page.getByLabel('Name', { exact: true });
  assert.equal(await name.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#name-error').innerText(), /Bitte füllen Sie dieses Feld aus/);
  assert.equal(await page.getByLabel('Website').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Sprachen').inputValue(), 'de, fa, ku', 'the form keeps what was typed');
  await assertAccessible(page, '/organisations/new with errors');

  // The fix.
  await name.fill('Kargah Neustadt e.V.');
  await page.getByLabel('Website').fill('https://kargah.example');
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await page.waitForURL(/\/organisations\/\d+\?saved=created$/);
  assert.equal(await page.locator('h1').innerText(), 'Kargah Neustadt e.V.');
  assert.match(await page.getByRole('status').innerText(), /Die Organisation wurde angelegt/);
  assert.match(await page.locator('main').innerText(), /Migrantenorganisation/);
  assert.match(await page.locator('main').innerText(), /Neustadt am Rübenberge/);
  await assertAccessible(page, 'organisation detail');
  const organisationUrl = page.url().replace(/\?.*$/, '');

  await page.getByRole('link', { name: 'Bearbeiten' }).click();
  await page.waitForURL(/\/edit$/);
  await assertAccessible(page, 'organisation edit form');

  // A network to add it to.
  await page.goto(`${server.url}/networks`);
  await assertAccessible(page, '/networks');
  await page.getByRole('link', { name: 'Neues Netzwerk' }).click();
  await page.waitForURL(/\/networks\/new$/);
  await assertAccessible(page, '/networks/new');
  await page.getByLabel('Name', { exact: true }).fill('Arbeitsmarktintegration');
  await page.getByLabel('Ausrichtung').selectOption('migration');
  await page.getByLabel('E-Mail-Verteiler').check();
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await page.waitForURL(/\/networks\/\d+\?saved=created$/);
  assert.equal(await page.locator('h1').innerText(), 'Arbeitsmarktintegration');
  await assertAccessible(page, 'network detail');

  // Add the organisation from the network page: first without choosing one, then properly.
  await page.getByRole('button', { name: 'Aufnehmen' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Organisation', { exact: true }).getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'network detail with membership errors');
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Kargah Neustadt e.V.' });
  await page.getByLabel('Rolle').selectOption('member');
  await page.getByRole('button', { name: 'Aufnehmen' }).click();
  await page.waitForURL(/saved=member_added$/);
  const members = page.getByRole('table', { name: 'Mitglieder' });
  assert.match(await members.innerText(), /Kargah Neustadt e\.V\./);
  await assertAccessible(page, 'network detail with a member');

  // The organisation's page now lists the network, and the search finds it without umlauts.
  await page.goto(organisationUrl);
  assert.match(await page.locator('main').innerText(), /Arbeitsmarktintegration/);
  await page.goto(`${server.url}/organisations?q=kargah+neustadt`);
  assert.match(await page.getByRole('table').innerText(), /Kargah Neustadt e\.V\./);
  await page.goto(`${server.url}/networks?q=arbeitsmarkt`);
  assert.match(await page.getByRole('table').innerText(), /Arbeitsmarktintegration/);
  await assertAccessible(page, '/networks filtered');

  // Deleting the organisation is blocked while it is a member, with the reason.
  await page.goto(`${organisationUrl}/delete`);
  assert.match(await page.getByRole('alert').innerText(), /Mitgliedschaften/);
  await assertAccessible(page, 'organisation delete (blocked)');
  await page.close();
});

// Runs after the first test, so that the lists hold the organisation and the network it made.
test('the register pages are accessible in English too', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, server);
  await page.goto(`${server.url}/organisations`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForLoadState();
  const paths = ['/organisations', '/organisations/new', '/networks', '/networks/new',
                 '/organisations?type=company&active=1&sort=updated&order=desc'];
  await page.goto(`${server.url}/organisations`);
  const first = (await page.locator('table a').count()) ? await page.locator('table a').first().getAttribute('href') : null;
  if (first) paths.push(first, `${first}/edit`);
  await page.goto(`${server.url}/networks`);
  const network = (await page.locator('table a').count()) ? await page.locator('table a').first().getAttribute('href') : null;
  if (network) paths.push(network, `${network}/edit`, `${network}/delete`);
  for (const path of paths) {
    await page.goto(`${server.url}${path}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', path);
    assert.equal(await page.locator('h1').count(), 1, `${path} has one h1`);
    await assertAccessible(page, `${path} (en)`);
  }
  await context.close();
});
