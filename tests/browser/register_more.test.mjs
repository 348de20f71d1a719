// Bridge work, ties and contacts (issue 3) as a coordinator records them: two networks, a
// transfer from one to the other (first with a mistake), a cooperation tie and a contact —
// with axe-core (WCAG 2.1 AA) on every page visited.
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

async function createNetwork(page, name) {
  await page.goto(`${server.url}/networks/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Netzwerk anlegen' }).click();
  await page.waitForURL(/\/networks\/\d+\?saved=created$/);
  return page.url().replace(/\?.*$/, '');
}

async function createOrganisation(page, name) {
  await page.goto(`${server.url}/organisations/new`);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Art').selectOption('company');
  await page.getByLabel('Aktiv').check();
  await page.getByRole('button', { name: 'Organisation anlegen' }).click();
  await page.waitForURL(/\/organisations\/\d+\?saved=created$/);
  return page.url().replace(/\?.*$/, '');
}

test('record a transfer from one network to another, with a mistake fixed on the way', async () => {
  const page = await newPage(browser);
  await login(page, server);
  const fromUrl = await createNetwork(page, 'Frühstücksrunde Ausbildende (Test)');
  const toUrl = await createNetwork(page, 'Integrationsnetz Süd (Test)');

  await page.goto(fromUrl);
  await assertAccessible(page, 'network detail');
  await page.getByRole('link', { name: 'Transfer erfassen' }).click();
  await page.waitForURL(/\/transfers\/new\?network=\d+$/);
  await assertAccessible(page, '/transfers/new');
  assert.equal(await page.locator('#from_network option:checked').innerText(), 'Frühstücksrunde Ausbildende (Test)');

  // A mistake: no topic, and no destination.
  await page.getByRole('button', { name: 'Transfer speichern' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Bitte korrigieren Sie die markierten Angaben/);
  assert.equal(await page.getByLabel('Thema').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#to_network').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#to-error').innerText(), /genau eines/);
  await assertAccessible(page, '/transfers/new with errors');

  // The fix.
  await page.getByLabel('Thema').fill('Sprachförderung im Betrieb');
  await page.locator('#to_network').selectOption({ label: 'Integrationsnetz Süd (Test)' });
  await page.getByLabel('Ergebnis').fill('Arbeitsgruppe gegründet');
  await page.getByRole('button', { name: 'Transfer speichern' }).click();
  await page.waitForURL(/\/networks\/\d+\?saved=transfer_added$/);
  assert.match(await page.getByRole('status').innerText(), /Der Transfer wurde erfasst/);
  assert.match(await page.locator('main').innerText(), /Sprachförderung im Betrieb – nach Integrationsnetz Süd \(Test\)/);
  await assertAccessible(page, 'network detail with an outgoing transfer');

  await page.goto(toUrl);
  assert.match(await page.locator('main').innerText(), /Sprachförderung im Betrieb – aus Frühstücksrunde Ausbildende \(Test\)/);
  await assertAccessible(page, 'network detail with an incoming transfer');

  await page.goto(`${server.url}/transfers`);
  assert.match(await page.getByRole('table').innerText(), /Arbeitsgruppe gegründet/);
  await assertAccessible(page, '/transfers');
  await page.getByRole('link', { name: 'Sprachförderung im Betrieb' }).click();
  await page.waitForURL(/\/transfers\/\d+\/edit$/);
  await assertAccessible(page, 'transfer edit form');
  await page.close();
});

test('add a cooperation tie and a contact from the organisation page', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await createOrganisation(page, 'Partnerbetrieb Nord (Test)');
  const orgUrl = await createOrganisation(page, 'Bildungsträger Süd (Test)');

  await page.goto(orgUrl);
  await page.getByRole('link', { name: 'Kooperation hinzufügen' }).click();
  await page.waitForURL(/\/ties\/new$/);
  await assertAccessible(page, 'tie form');
  await page.getByLabel('Partnerorganisation').selectOption({ label: 'Partnerbetrieb Nord (Test)' });
  await page.getByLabel('Art der Kooperation').selectOption('joint_offer');
  await page.getByLabel('Intensität').selectOption('3');
  await page.getByRole('button', { name: 'Kooperation speichern' }).click();
  await page.waitForURL(/\?saved=tie_added$/);
  assert.match(await page.locator('main').innerText(), /Partnerbetrieb Nord \(Test\) – gemeinsames Angebot \(Intensität 3\)/);
  await assertAccessible(page, 'organisation detail with a tie');

  await page.getByRole('link', { name: 'Neue Ansprechperson' }).click();
  await page.waitForURL(/\/contacts\/new\?organisation_id=\d+$/);
  await assertAccessible(page, 'contact form');
  await page.getByLabel('Einwilligung', { exact: true }).check();
  await page.getByRole('button', { name: 'Ansprechperson anlegen' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Einwilligung erteilt am').getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'contact form with errors');
  await page.getByLabel('Name', { exact: true }).fill('Derya Öztürk');
  await page.getByLabel('Funktion').fill('Ausbildungsleitung');
  await page.getByLabel('Einwilligung erteilt am').fill('2025-03-01');
  await page.getByRole('button', { name: 'Ansprechperson anlegen' }).click();
  await page.waitForURL(/\/contacts\/\d+\?saved=created$/);
  assert.match(await page.locator('main').innerText(), /Einwilligung \(2025-03-01\)/);
  await assertAccessible(page, 'contact detail');

  await page.getByRole('link', { name: 'Anonymisieren' }).click();
  await page.waitForURL(/\/anonymise$/);
  await assertAccessible(page, 'anonymise confirmation');
  await page.getByRole('button', { name: 'Endgültig anonymisieren' }).click();
  await page.waitForURL(/\?saved=anonymised$/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Derya/);
  await assertAccessible(page, 'anonymised contact');

  await page.goto(`${server.url}/contacts?q=ozturk`);
  await assertAccessible(page, '/contacts');
  await page.close();
});

// Runs after the tests above, so that the lists hold their contact, tie and transfer.
test('the contact, tie and transfer pages are accessible in English too', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, server);
  await page.goto(`${server.url}/contacts`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForLoadState();
  const paths = ['/contacts', '/contacts/new', '/transfers', '/transfers/new'];
  await page.goto(`${server.url}/contacts`);
  const contact = (await page.locator('table a').count()) ? await page.locator('table a').first().getAttribute('href') : null;
  if (contact) paths.push(contact);
  await page.goto(`${server.url}/organisations?q=test`);
  const organisation = (await page.locator('table a').count()) ? await page.locator('table a').first().getAttribute('href') : null;
  if (organisation) paths.push(organisation, `${organisation}/ties/new`);
  for (const path of paths) {
    await page.goto(`${server.url}${path}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en', path);
    assert.equal(await page.locator('h1').count(), 1, `${path} has one h1`);
    await assertAccessible(page, `${path} (en)`);
  }
  await context.close();
});
