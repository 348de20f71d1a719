// The register import (issue 3) as a coordinator uses it: import a CSV with an error, see the
// row/column message, fix it, import again, see the records — and a long import that shows its
// progress until the report comes — with axe-core (WCAG 2.1 AA) on every page visited.
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

test('import contacts with an error, see row and column, fix it, import again, see the records', async () => {
  const page = await newPage(browser);
  await login(page, server);

  await page.goto(`${server.url}/contacts`);
  await assertAccessible(page, '/contacts');
  await page.getByRole('link', { name: 'Ansprechpersonen importieren' }).click();
  await page.waitForURL(/\/contacts\/import$/);
  assert.equal(await page.locator('h1').innerText(), 'Ansprechpersonen importieren');
  await assertAccessible(page, '/contacts/import');

  // Row 3 names an organisation that does not exist.
  await page.getByLabel('oder CSV-Text einfügen').fill(
    'Name;Funktion;Organisation;E-Mail\n' +
      'Browser-Person Eins;Ausbildungsberatung;IHK Hannover;eins@example.org\n' +
      'Browser-Person Zwei;Inhaberin;Firma Atlantis;zwei@example.org\n');
  await page.getByRole('button', { name: 'Prüfen (Probelauf)' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Es wurde nichts importiert/);
  const rejected = page.locator('tr.rejected');
  assert.equal(await rejected.count(), 1);
  assert.match(await rejected.innerText(), /^3\s+Browser-Person Zwei\s+abgelehnt\s+Organisation: Keine Organisation Ihrer Region heißt „Firma Atlantis“/);
  assert.equal(await page.getByRole('button', { name: 'Jetzt importieren' }).count(), 0, 'no commit while a row is rejected');
  assert.equal(await page.getByLabel('Organisation', { exact: true }).inputValue(), 'organisation', 'mapped from the heading');
  await assertAccessible(page, 'the dry run with an error');

  // The fix: another file.
  await page.getByRole('link', { name: 'Andere Datei wählen' }).click();
  await page.waitForURL(/\/contacts\/import$/);
  await page.getByLabel('oder CSV-Text einfügen').fill(
    'Name;Funktion;Organisation;E-Mail\n' +
      'Browser-Person Eins;Ausbildungsberatung;IHK Hannover;eins@example.org\n' +
      'Browser-Person Zwei;Inhaberin;Handwerkskammer Hannover;zwei@example.org\n');
  await page.getByRole('button', { name: 'Prüfen (Probelauf)' }).click();
  await page.getByRole('button', { name: 'Jetzt importieren' }).waitFor();
  assert.match(await page.locator('main').innerText(), /2 Zeilen: 2 neu, 0 geändert, 0 abgelehnt/);
  await assertAccessible(page, 'the clean dry run');

  await page.getByRole('button', { name: 'Jetzt importieren' }).click();
  await page.waitForURL(/\/import\/jobs\/[^/]+$/);
  await page.getByText('2 Zeilen importiert: 2 neu angelegt').waitFor();
  assert.match(await page.getByRole('status').innerText(), /Der Import wurde gespeichert/);
  await assertAccessible(page, 'the import report');

  await page.getByRole('link', { name: 'Zur Liste' }).click();
  await page.waitForURL(/\/contacts$/);
  await page.goto(`${server.url}/contacts?q=Browser-Person`);
  const list = await page.locator('main').innerText();
  assert.match(list, /Browser-Person Eins/);
  assert.match(list, /Browser-Person Zwei/);
  await assertAccessible(page, '/contacts after the import');
});

test('a long import shows its progress in the browser and then the report', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(`${server.url}/organisations/import`);
  await assertAccessible(page, '/organisations/import');
  let csv = 'Name;Typ;Kommune;Branche\n';
  for (let i = 0; i < 4000; i += 1) csv += `Fortschrittsbetrieb ${i};company;Burgdorf;Handwerk\n`;
  // As a file, the way users bring big tables (typing 4000 lines into the text area is slow).
  await page.getByLabel('CSV-Datei').setInputFiles({ name: 'betriebe.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Prüfen (Probelauf)' }).click();
  await page.getByRole('button', { name: 'Jetzt importieren' }).waitFor({ timeout: 60000 });
  await assertAccessible(page, 'the dry run of 4000 rows');
  await page.getByRole('button', { name: 'Jetzt importieren' }).click();
  await page.waitForURL(/\/import\/jobs\/[^/]+$/);
  if (await page.locator('#import-progress').count() > 0) {
    // Still running: the progress bar, a reload link for browsers without JavaScript, and
    // htmx polls the fragment until the job is done.
    assert.equal(await page.locator('#import-progress').getAttribute('hx-trigger'), 'every 1s');
    assert.equal(await page.getByRole('link', { name: 'Fortschritt aktualisieren' }).count(), 1);
    await assertAccessible(page, 'the progress page');
  }
  // No click and no reload from the test: htmx brings the report.
  await page.getByText('4.000 Zeilen importiert: 4.000 neu angelegt').waitFor({ timeout: 60000 });
  await assertAccessible(page, 'the report of 4000 rows');
});
