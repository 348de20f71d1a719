// Offers & needs (issue 5) as a coordinator uses them: create an offer (with a mistake first),
// translate it into Arabic, assess it for migration sensitivity, look at the check overview and
// the criteria catalogue, and record a need that the offer addresses — with axe-core (WCAG 2.1
// AA) on every page visited.
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

test('create, translate and assess an offer, then record a need it addresses', async () => {
  const page = await newPage(browser);
  await login(page, server);

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Angebote & Bedarfe' }).click();
  await page.waitForURL(/\/offers$/);
  assert.equal(await page.locator('h1').innerText(), 'Angebote');
  assert.match(await page.locator('.pager').innerText(), /Einträge/, 'the demo offers are listed');
  await assertAccessible(page, '/offers');

  await page.getByLabel('Suche in Titel und Beschreibung').fill('Bewerbungstrainings');
  await page.getByRole('button', { name: 'Filtern' }).click();
  await page.waitForURL(/q=Bewerbungstrainings/);
  assert.match(await page.locator('table').innerText(), /Bewerbungstraining/, 'stemmed search finds the singular');
  await assertAccessible(page, '/offers?q=…');

  await page.getByRole('link', { name: 'Neues Angebot' }).click();
  await page.waitForURL(/\/offers\/new$/);
  await assertAccessible(page, '/offers/new');

  // A mistake: no title, no target group, a date in the wrong format.
  await page.getByLabel('Träger').selectOption({ label: 'kargah e.V.' });
  await page.getByLabel('Handlungsfeld').selectOption('parents_work');
  await page.getByLabel('Format', { exact: true }).selectOption('event');
  await page.getByLabel('Beginn').fill('01.02.2027');
  await page.getByRole('button', { name: 'Angebot anlegen' }).click();
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByLabel('Titel', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#target_groups-error').innerText(), /Bitte füllen Sie dieses Feld aus/);
  assert.equal(await page.getByLabel('Beginn').getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, '/offers/new with errors');

  await page.getByLabel('Titel', { exact: true }).fill('Elterncafé Ausbildung auf Farsi');
  await page.getByLabel('Beschreibung').fill('Eltern erfahren, wie die duale Ausbildung funktioniert.');
  await page.getByLabel('Eltern', { exact: true }).check();
  await page.getByLabel('Neustadt am Rübenberge').check();
  await page.getByLabel('Angebotssprachen').fill('de, fa');
  await page.getByLabel('Beginn').fill('2027-02-01');
  await page.getByRole('button', { name: 'Angebot anlegen' }).click();
  await page.waitForURL(/\/offers\/\d+\?saved=created$/);
  const offerUrl = page.url().replace(/\?.*$/, '');
  assert.equal(await page.locator('h1').innerText(), 'Elterncafé Ausbildung auf Farsi');
  assert.match(await page.getByRole('status').innerText(), /Das Angebot wurde angelegt/);
  assert.match(await page.locator('main').innerText(), /fehlt – deutscher Text/);
  await assertAccessible(page, 'offer detail');

  await page.getByRole('link', { name: 'Übersetzen Persisch (Farsi)' }).click();
  await page.waitForURL(/\/translations\/fa$/);
  assert.equal(await page.getByLabel('Titel', { exact: true }).getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'translation form');
  await page.getByLabel('Titel', { exact: true }).fill('کافه والدین درباره آموزش حرفه‌ای');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.waitForURL(/saved=translated$/);
  assert.match(await page.locator('main').innerText(), /کافه والدین/);
  assert.match(await page.locator('main').innerText(), /teilweise – Rest auf Deutsch/);
  await assertAccessible(page, 'offer detail with a translation');

  await page.getByRole('link', { name: 'Angebot prüfen' }).click();
  await page.waitForURL(/\/assessments\/new$/);
  await assertAccessible(page, 'assessment form');
  const groups = page.locator('fieldset');
  const count = await groups.count();
  assert.equal(count, 7, 'the seven default criteria');
  for (let i = 0; i < count; i += 1) {
    await groups.nth(i).getByLabel(i % 2 === 0 ? 'erfüllt' : 'teilweise', { exact: true }).check();
  }
  await page.getByLabel('Verbesserungsmaßnahmen').fill('Flyer auf Farsi\nElternabend mit kargah');
  await page.getByRole('button', { name: 'Prüfung speichern' }).click();
  await page.waitForURL(/saved=assessed/);
  assert.match(await page.locator('details.assessment summary').first().innerText(), /Punktwert 79/);
  await assertAccessible(page, 'offer detail with an assessment');

  await page.goto(`${server.url}/offers/check`);
  assert.equal(await page.locator('h1').innerText(), 'Migrationssensibilität');
  await assertAccessible(page, '/offers/check');
  await page.goto(`${server.url}/offers/criteria`);
  await assertAccessible(page, '/offers/criteria');

  await page.goto(`${server.url}/needs`);
  assert.equal(await page.locator('h1').innerText(), 'Bedarfe');
  await assertAccessible(page, '/needs');
  await page.getByRole('link', { name: 'Bedarf erfassen' }).click();
  await page.waitForURL(/\/needs\/new$/);
  await assertAccessible(page, '/needs/new');
  await page.getByLabel('Meldende Organisation').selectOption({ label: 'kargah e.V.' });
  await page.getByLabel('Zielgruppe').selectOption('parents');
  await page.getByLabel('Handlungsfeld').selectOption('parents_work');
  await page.getByLabel('Kommune').selectOption({ label: 'Neustadt am Rübenberge' });
  await page.getByLabel('Beschreibung').fill('Eltern aus Afghanistan fragen nach Informationen zur Ausbildung auf Farsi.');
  await page.getByLabel('Dringlichkeit').selectOption('high');
  await page.getByLabel('Status').selectOption('addressed');
  await page.getByLabel('Aufgegriffen durch Angebot').selectOption({ label: 'Elterncafé Ausbildung auf Farsi (kargah e.V.)' });
  await page.getByRole('button', { name: 'Bedarf speichern' }).click();
  await page.waitForURL(/\/needs\/\d+\?saved=created$/);
  assert.match(await page.getByRole('status').innerText(), /Der Bedarf wurde erfasst/);
  await assertAccessible(page, 'need detail');
  await page.getByRole('link', { name: 'Elterncafé Ausbildung auf Farsi' }).click();
  await page.waitForURL(offerUrl);
  assert.match(await page.locator('#needs-heading + ul').innerText(), /Eltern aus Afghanistan/);
});
