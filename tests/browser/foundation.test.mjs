// The foundation as a person uses it: sign in, move through every page in German and English,
// keyboard only where it matters, and axe-core (WCAG 2.1 AA) on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, newPage, accessibilityViolations, login, submitLogin } from './support.mjs';

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

test('login page is German, labelled and accessible', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/login`);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await assertAccessible(page, '/login');
  await page.close();
});

test('a failed login shows one generic message and is accessible', async () => {
  const page = await newPage(browser);
  await submitLogin(page, server, server.adminEmail, 'falsches passwort!');
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /Die Anmeldung ist fehlgeschlagen/);
  await assertAccessible(page, '/login after failure');
  await page.close();
});

test('every page of the foundation is accessible in German and English', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, server);
  await page.goto(`${server.url}/admin/users`);
  const firstUser = await page.locator('table a').first().getAttribute('href');
  const paths = ['/', '/region', '/account', '/account/tokens', '/admin/users', '/admin/users/new', firstUser,
                 '/admin/audit', '/gibt-es-nicht'];
  for (const language of ['de', 'en']) {
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      assert.equal(await page.getAttribute('html', 'lang'), language, `${path} in ${language}`);
      assert.equal(await page.locator('h1').count(), 1, `${path} has one h1`);
      await assertAccessible(page, `${path} (${language})`);
    }
    if (language === 'de') {
      await page.getByRole('button', { name: 'English' }).click();
      await page.waitForLoadState();
    }
  }
  await context.close();
});

test('the dashboard shows Region Hannover with its 21 municipalities', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.getByRole('button', { name: 'Deutsch' }).click().catch(() => {});
  await page.goto(`${server.url}/`);
  assert.match(await page.locator('h1').innerText(), /Region Hannover/);
  assert.match(await page.locator('main').innerText(), /21 (Kommunen|municipalities)/);
  await page.goto(`${server.url}/region`);
  const items = await page.locator('main li').allInnerTexts();
  assert.equal(items.length, 21);
  assert.ok(items.includes('Neustadt am Rübenberge'));
  await page.close();
});

test('keyboard users reach the skip link first and land in the main content', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(`${server.url}/`);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  assert.equal(focused, '#main');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#main');
  await page.close();
});

test('creating a user with a wrong e-mail shows the error next to the field, then succeeds', async () => {
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(`${server.url}/admin/users/new`);
  const email = page.locator('#email');
  const name = page.locator('#display_name');
  const password = page.locator('#password');
  await name.fill('Test Koordination');
  await email.fill('kein-mail');
  await password.fill('ein langes passwort hier');
  await page.locator('form.form button[type=submit]').click();
  await page.locator('#email-error').waitFor();
  assert.equal(await email.getAttribute('aria-invalid'), 'true');
  await assertAccessible(page, 'user form with errors');
  await email.fill('test.koordination@region-hannover.example');
  await password.fill('ein langes passwort hier');
  await page.locator('form.form button[type=submit]').click();
  await page.waitForURL(/\/admin\/users\?saved=created/);
  assert.match(await page.locator('main').innerText(), /Test Koordination/);
  await assertAccessible(page, 'user list with notice');
  await page.close();
});

test('the national coordination office sees figures only, accessibly', async () => {
  const password = 'bundesweit sehr langes passwort';
  server.cli(['user', 'add', '--email', 'bund@kausa.example', '--name', 'Bundesweite Koordinierung', '--role', 'national',
              '--password-stdin'], `${password}\n`);
  const page = await newPage(browser);
  await login(page, server, 'bund@kausa.example', password);
  assert.equal(new URL(page.url()).pathname, '/national');
  const text = await page.locator('main').innerText();
  assert.match(text, /Region Hannover/);
  assert.doesNotMatch(text, /@/, 'no e-mail address, no person');
  await assertAccessible(page, '/national');
  await page.close();
});

test('the audit log pager swaps only the main content with htmx and moves the focus there', async () => {
  // 50 entries fill the first page; the users added here push the log onto a second one.
  for (let i = 0; i < 50; i += 1) {
    server.cli(['user', 'add', '--region', 'region-hannover', '--email', `pager${i}@region-hannover.example`,
                '--name', `Pager ${i}`, '--role', 'partner', '--password-stdin'], 'ein langes passwort fuer tests\n');
  }
  const page = await newPage(browser);
  await login(page, server);
  await page.goto(`${server.url}/admin/audit`);
  await page.evaluate(() => { window.notReloaded = true; });
  await page.getByRole('link', { name: 'Ältere Einträge' }).click();
  await page.waitForURL(/\/admin\/audit\?page=2$/);
  await page.getByRole('link', { name: 'Neuere Einträge' }).waitFor();
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'htmx swapped the content, no full page load');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.match(await page.title(), /Änderungsprotokoll/);
  await assertAccessible(page, '/admin/audit?page=2 after the htmx swap');
  await page.close();
});
