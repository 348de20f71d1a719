// The action plan (issue 6) as the service centre and a partner use it: create a measure,
// propose a change as the partner whose organisation leads it, accept it, adopt the plan,
// start a revision, compare two versions and download the PDF — with axe-core (WCAG 2.1 AA) on
// every page visited.
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

test('measure, partner proposal, acceptance, adoption, revision, diff and PDF', async () => {
  const admin = await newPage(browser);
  await login(admin, server);
  await admin.getByRole('link', { name: 'Handlungsplan' }).click();
  await admin.waitForURL(/\/plans$/);
  await assertAccessible(admin, '/plans');
  await admin.getByRole('link', { name: /Regionaler Handlungsplan/ }).click();
  await admin.waitForURL(/\/plans\/\d+$/);
  const planUrl = admin.url();
  assert.match(await admin.locator('main').innerText(), /Betriebe für Ausbildung gewinnen/);
  await assertAccessible(admin, 'plan outline');

  // A new measure, first with a mistake.
  await admin.getByRole('link', { name: /^Maßnahme hinzufügen/ }).first().click();
  await admin.waitForURL(/\/measures\/new/);
  await assertAccessible(admin, 'measure form');
  await admin.getByLabel('Federführung', { exact: true }).selectOption({ label: 'Handwerkskammer Hannover' });
  await admin.getByRole('button', { name: 'Speichern' }).click();
  await admin.getByRole('alert').waitFor();
  assert.equal(await admin.getByLabel('Maßnahme', { exact: true }).getAttribute('aria-invalid'), 'true');
  await assertAccessible(admin, 'measure form with errors');
  await admin.getByLabel('Maßnahme', { exact: true }).fill('Berufsorientierung in Sprachkursen');
  await admin.getByRole('button', { name: 'Speichern' }).click();
  await admin.waitForURL(/\/measures\/\d+\?saved=created$/);
  const measureUrl = admin.url().replace(/\?.*$/, '');
  await assertAccessible(admin, 'measure page');

  // The Handwerkskammer's partner user proposes a change.
  server.cli(['user', 'reset-password', '--email', 'partner.kammer@region-hannover.example', '--password-stdin'],
             'ein langes passwort fuer tests\n');
  const partner = await newPage(browser);
  await login(partner, server, 'partner.kammer@region-hannover.example', 'ein langes passwort fuer tests');
  await partner.goto(measureUrl);
  await partner.getByRole('link', { name: 'Änderung vorschlagen' }).click();
  await partner.waitForURL(/\/propose$/);
  await assertAccessible(partner, 'proposal form');
  await partner.getByLabel('Maßnahme', { exact: true }).fill('Berufsorientierung in Sprach- und Integrationskursen');
  await partner.getByLabel('Begründung').fill('Auch die Integrationskurse erreichen viele Jugendliche.');
  await partner.getByRole('button', { name: 'Vorschlag einreichen' }).click();
  await partner.waitForURL(/\?saved=proposed$/);
  await assertAccessible(partner, 'measure page as partner');

  // Staff accept it.
  await admin.goto(`${planUrl}/proposals`);
  await assertAccessible(admin, 'proposals');
  await admin.getByRole('button', { name: 'Annehmen' }).first().click();
  await admin.waitForURL(/\/proposals\?saved=accepted$/);
  assert.match(await admin.locator('main').innerText(), /angenommen/);
  await admin.goto(planUrl);
  assert.match(await admin.locator('main').innerText(), /Berufsorientierung in Sprach- und Integrationskursen/);

  // Adopt the plan as version 2.
  await admin.getByRole('link', { name: 'Plan beschließen' }).click();
  await admin.waitForURL(/\/adopt$/);
  await assertAccessible(admin, 'adoption form');
  await admin.getByLabel('Anlass').fill('Netzwerkkonferenz 2026');
  await admin.getByLabel('IHK Hannover', { exact: true }).check();
  await admin.getByLabel('Person (IHK Hannover)').fill('Dr. Katrin Wolters');
  await admin.getByRole('button', { name: 'Fassung beschließen' }).click();
  await admin.waitForURL(/\/versions\/2\?saved=adopted$/);
  assert.match(await admin.locator('main').innerText(), /Dr\. Katrin Wolters/);
  await assertAccessible(admin, 'version page');

  // The PDF of the version.
  const pdf = await admin.request.get(`${planUrl}/versions/2/plan.pdf`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');

  // A revision, then the diff of versions 1 and 2 in German.
  await admin.goto(planUrl);
  await admin.getByRole('button', { name: 'Fortschreibung beginnen' }).click();
  await admin.waitForURL(/\?saved=revision$/);
  await admin.getByRole('link', { name: 'Fassungen' }).click();
  await admin.waitForURL(/\/versions$/);
  await assertAccessible(admin, 'versions');
  await admin.getByLabel('Von').selectOption('1');
  await admin.getByLabel('Bis').selectOption('2');
  await admin.getByRole('button', { name: 'Vergleichen' }).click();
  await admin.waitForURL(/\/diff\?from=1&to=2$/);
  assert.match(await admin.locator('main').innerText(),
               /Maßnahme „Berufsorientierung in Sprach- und Integrationskursen“ wurde hinzugefügt\./);
  await assertAccessible(admin, 'diff');

  await admin.goto(`${planUrl}/dashboard`);
  assert.match(await admin.locator('main').innerText(), /Maßnahmen ohne vereinbarte Verortung/);
  await assertAccessible(admin, 'dashboard');
  await partner.goto(`${server.url}/plans`);
  await partner.getByRole('link', { name: /Was unsere Organisation/ }).click();
  assert.match(await partner.locator('main').innerText(), /Berufsorientierung in Sprach- und Integrationskursen/);
  await assertAccessible(partner, 'organisation view');
});
