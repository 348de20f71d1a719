// Events (issue 7) in the browser: staff create an event (first with a mistake shown next to the
// field), people register on the public page without login until the waiting list, one cancels
// through the personal link and the first waiting person moves up, staff check someone in on the
// printable check-in list — with axe-core (WCAG 2.1 AA) on every page visited, public ones too.
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

// Registers one person on the public page in a fresh, logged-out browser context; returns the
// personal page (its URL is the personal link) and the status shown there.
async function registerPublicly(publicUrl, name, { check = false } = {}) {
  const page = await newPage(browser);
  await page.goto(publicUrl);
  if (check) await assertAccessible(page, 'public registration page');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('E-Mail', { exact: true }).fill(`${name.toLowerCase().replace(/[^a-z]/g, '')}@example.org`);
  await page.getByLabel(/Ich bin einverstanden/).check();
  await page.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  await page.waitForURL(/\/r\/[^/?]+\?new=1$/);
  const status = (await page.locator('#registration-status').innerText()).trim();
  return { page, status, link: page.url().replace(/\?.*$/, '') };
}

test('create an event, register publicly until the waiting list, cancel by the personal link, check in', async () => {
  const staff = await newPage(browser);
  await login(staff, server);

  await staff.goto(`${server.url}/events`);
  await assertAccessible(staff, '/events');
  await staff.getByRole('link', { name: 'Neue Veranstaltung' }).click();
  await staff.waitForURL(/\/events\/new$/);
  await assertAccessible(staff, '/events/new');

  // A mistake: the end before the start, and no title.
  await staff.getByLabel('Format', { exact: true }).selectOption('elternabend');
  await staff.getByLabel('Beginn', { exact: true }).fill('2030-05-20T18:00');
  await staff.getByLabel('Ende', { exact: true }).fill('2030-05-20T17:00');
  await staff.getByLabel('Plätze', { exact: true }).fill('2');
  await staff.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  await staff.getByRole('alert').first().waitFor();
  assert.match(await staff.locator('#ends_at-error').innerText(), /Das Ende muss nach dem Beginn liegen/);
  assert.match(await staff.locator('#title-error').innerText(), /Bitte füllen Sie dieses Feld aus/);
  await assertAccessible(staff, 'event form with errors');

  await staff.getByLabel('Titel (Deutsch)').fill('Elternabend Browsertest');
  await staff.getByLabel('Ende', { exact: true }).fill('2030-05-20T20:00');
  await staff.getByLabel('Titel (Türkisch (Türkçe))').fill('Veli Akşamı Test');
  await staff.getByRole('button', { name: 'Veranstaltung anlegen' }).click();
  await staff.waitForURL(/\/events\/\d+\?saved=created$/);
  await assertAccessible(staff, 'event detail');
  const eventUrl = staff.url().replace(/\?.*$/, '');
  const publicPath = await staff.getByRole('link', { name: /\/e\// }).getAttribute('href');
  const publicUrl = `${server.url}${publicPath}`;

  // Three people register without login; the event has two places.
  const first = await registerPublicly(publicUrl, 'Ayse Test', { check: true });
  assert.equal(first.status, 'angemeldet');
  await assertAccessible(first.page, 'personal page (registered)');
  const second = await registerPublicly(publicUrl, 'Bilal Test');
  assert.equal(second.status, 'angemeldet');
  const third = await registerPublicly(publicUrl, 'Chen Test');
  assert.equal(third.status, 'auf der Warteliste');
  await assertAccessible(third.page, 'personal page (waiting)');

  // The public page in Turkish shows the translation; the description falls back visibly.
  const visitor = await newPage(browser);
  await visitor.goto(`${publicUrl}?lang=tr`);
  assert.equal(await visitor.getByRole('heading', { level: 1 }).innerText(), 'Veli Akşamı Test');
  assert.equal(await visitor.getByRole('heading', { level: 1 }).getAttribute('lang'), 'tr');
  await assertAccessible(visitor, 'public page in Turkish');

  // The same address twice is refused next to the field.
  await visitor.goto(publicUrl);
  await visitor.getByLabel('Name', { exact: true }).fill('Ayse Nochmal');
  await visitor.getByLabel('E-Mail', { exact: true }).fill('aysetest@example.org');
  await visitor.getByLabel(/Ich bin einverstanden/).check();
  await visitor.getByRole('button', { name: 'Verbindlich anmelden' }).click();
  assert.match(await visitor.locator('#email-error').innerText(), /bereits eine Anmeldung/);
  await assertAccessible(visitor, 'public page with errors');

  // Ayse cancels through her personal link, in a new browser (the link is all she needs).
  const later = await newPage(browser);
  await later.goto(first.link);
  await later.getByRole('button', { name: 'Anmeldung stornieren' }).click();
  await later.waitForURL(/\?cancelled=1$/);
  assert.equal((await later.locator('#registration-status').innerText()).trim(), 'storniert');
  await assertAccessible(later, 'personal page (cancelled)');

  // Chen moved up from the waiting list.
  await third.page.goto(third.link);
  assert.equal((await third.page.locator('#registration-status').innerText()).trim(), 'angemeldet');
  const qr = await third.page.request.get(`${third.link}/qr.svg`);
  assert.equal(qr.status(), 200);
  assert.match(await qr.text(), /^<svg /);

  // Staff see it in the registration list and check Chen in on the printable list.
  await staff.goto(`${eventUrl}/registrations`);
  await assertAccessible(staff, 'registrations');
  const chenRow = staff.getByRole('row', { name: /Chen Test/ });
  assert.match(await chenRow.innerText(), /angemeldet/);
  assert.match(await staff.getByRole('row', { name: /Ayse Test/ }).innerText(), /storniert/);
  await staff.goto(`${eventUrl}/check-in`);
  await assertAccessible(staff, 'check-in list');
  await staff.getByRole('row', { name: /Chen Test/ }).getByRole('button', { name: /Als anwesend eintragen/ }).click();
  await staff.waitForURL(/\/check-in#r\d+$/);
  assert.match(await staff.getByRole('row', { name: /Chen Test/ }).innerText(), /anwesend/);
  await staff.emulateMedia({ media: 'print' });
  assert.equal(await staff.locator('.check-in-table form').first().isVisible(), false);
  await staff.emulateMedia({ media: 'screen' });

  // The QR code of a registration leads staff to its check-in page.
  await staff.goto(`${eventUrl}/registrations`);
  await staff.getByRole('link', { name: /Einlass\W+Bilal Test/ }).click();
  await staff.waitForURL(/\/registrations\/\d+\/check-in$/);
  await assertAccessible(staff, 'check-in page');
  await staff.getByRole('button', { name: 'Als anwesend eintragen' }).click();
  await staff.waitForURL(/\?saved=1$/);

  await staff.goto(`${eventUrl}/figures`);
  await assertAccessible(staff, 'figures');
  assert.match(await staff.locator('dl').innerText(), /Anwesend\s+2/);

  // Delete is refused while people are registered: the confirmation page says why.
  await staff.goto(`${eventUrl}/delete`);
  await assertAccessible(staff, 'delete confirmation');
  assert.match(await staff.getByRole('alert').innerText(), /aktive Anmeldungen/);

  // Topics and the follow-up as a transfer.
  await staff.goto(eventUrl);
  await staff.getByLabel('Thema', { exact: true }).fill('Elterncafé in der Berufsschule');
  await staff.getByRole('button', { name: 'Thema festhalten' }).click();
  await staff.waitForURL(/saved=topic/);
  await staff.getByRole('link', { name: /Als Transfer festhalten\W+Elterncafé/ }).click();
  await assertAccessible(staff, 'follow-up form');
  await staff.getByLabel('in eine andere Veranstaltung').check();
  await staff.getByLabel('Name der Veranstaltung').fill('Dialogforum Herbst');
  await staff.getByRole('button', { name: 'Transfer anlegen' }).click();
  await staff.waitForURL(/saved=transfer/);
  assert.match(await staff.locator('#topics ~ ul').first().innerText(), /Transfer angelegt/);

  // The calendar subscription page.
  await staff.goto(`${server.url}/events/feed`);
  await assertAccessible(staff, 'feed page');
  await staff.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
  const feedUrl = await staff.getByLabel('Adresse zum Abonnieren').inputValue();
  const feed = await staff.request.get(feedUrl);
  assert.equal(feed.status(), 200);
  assert.match(await feed.text(), /BEGIN:VCALENDAR/);
});

test('the event pages are accessible in English too, public ones included', async () => {
  const staff = await newPage(browser);
  await login(staff, server);
  await staff.goto(`${server.url}/events`);
  await staff.getByRole('button', { name: 'English' }).click();
  await staff.waitForURL(/\/events$/);
  assert.equal(await staff.getByRole('heading', { level: 1 }).innerText(), 'Events');
  await assertAccessible(staff, '/events in English');
  // A demo event with registrations and attendance.
  await staff.getByRole('link', { name: 'Auftaktkonferenz Ausbildung und Migration' }).click();
  await assertAccessible(staff, 'demo event in English');
  const eventUrl = staff.url();
  for (const part of ['registrations', 'check-in', 'figures', 'edit', 'delete']) {
    await staff.goto(`${eventUrl}/${part}`);
    await assertAccessible(staff, `${part} in English`);
  }
  // Register someone by hand: the personal link is shown once.
  await staff.goto(`${eventUrl}/registrations`);
  await staff.getByLabel('Name', { exact: true }).fill('Dana Example');
  await staff.getByLabel('E-mail', { exact: true }).fill('dana.example@example.org');
  await staff.getByRole('button', { name: 'Register' }).click();
  const link = await staff.getByLabel('Personal link of the registered person').inputValue();
  assert.match(link, /\/r\/[A-Za-z0-9_-]+$/);
  await assertAccessible(staff, 'registrations with the personal link');
  // The public page of an upcoming event, in Ukrainian where translated (right-to-left Arabic elsewhere).
  await staff.goto(`${server.url}/events?q=Teilzeit`);
  await staff.getByRole('link', { name: /Teilzeit/ }).click();
  const publicPath = await staff.getByRole('link', { name: /\/e\// }).getAttribute('href');
  const visitor = await newPage(browser);
  await visitor.goto(`${server.url}${publicPath}?lang=uk`);
  assert.equal(await visitor.getByRole('heading', { level: 1 }).getAttribute('lang'), 'uk');
  await assertAccessible(visitor, 'public page in Ukrainian');
  await visitor.goto(`${server.url}${publicPath}?lang=fa`);
  assert.match(await visitor.getByRole('note').innerText(), /nur auf Deutsch/);
  await assertAccessible(visitor, 'public page with the German fallback');
});
