// Shared helpers for the browser tests: start a real brueckenbauer server on a fresh SQLite
// database with the demo region, launch Debian's Chromium through playwright-core, and run
// axe-core on pages.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const binary = process.env.BB_BINARY ?? path.resolve('build/dev/src/cli/brueckenbauer');

export async function startServer() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-browser-'));
  const db = `sqlite:${dir}/browser.db`;
  const child = spawn(binary, ['--db', db, 'serve', '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const port = output.match(/running on http:\/\/127\.0\.0\.1:(\d+)\//);
      const password = output.match(/with password (\S+)/);
      if (port && password) {
        clearTimeout(timer);
        resolve({ port: Number(port[1]), password: password[1] });
      }
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const { port, password } = await ready;
  return {
    url: `http://127.0.0.1:${port}`,
    adminEmail: 'admin@region-hannover.example',
    adminPassword: password,
    cli: (args, input = '') => execFileSync(binary, ['--db', db, ...args], { encoding: 'utf8', input }),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
}

// A page in its own browser context (own cookies): axe-core's Playwright binding needs pages
// made from a context, and tests stay independent of each other's sessions.
export async function newPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.once('close', () => context.close().catch(() => {}));
  return page;
}

// axe-core with the WCAG 2.1 A and AA rules; returns a readable list of violations.
export async function accessibilityViolations(page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function submitLogin(page, server, email, password) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel(/E-Mail-Adresse|E-mail address/).fill(email);
  await page.getByLabel(/^Passwort$|^Password$/).fill(password);
  await page.getByRole('button', { name: /Anmelden|Sign in/ }).click();
}

export async function login(page, server, email = server.adminEmail, password = server.adminPassword) {
  await submitLogin(page, server, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
