// End-to-end: the web demo in Debian's Chromium, driven by playwright-core (no browser
// download). Starts web-demo/serve.mjs on a free port, types the inputs into the real
// page, saves screenshots under test-output/ and prints the time from navigation to the first
// validation result. A missing /usr/bin/chromium is a failure, never a skip.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { startServer } from '../../web-demo/serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = path.join(ROOT, 'test-output');
const CHROMIUM = process.env.CONTACTCHECK_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];
const WAIT = { timeout: 15_000 };

test('web demo in Chromium', { timeout: 180_000 }, async (t) => {
  assert.ok(existsSync(CHROMIUM),
    `Chromium not found at ${CHROMIUM}: the browser test needs Debian's chromium package `
    + '(apt-get install chromium, done by scripts/setup.sh); it never downloads a browser.');
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    assert.fail(`playwright-core is not installed (npm ci installs the pinned devDependency): ${error.message}`);
  }

  await mkdir(OUT, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'contactcheck-chromium-'));
  const server = await startServer({ port: 0 });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
  });
  const problems = [];
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(WAIT.timeout);
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    else if (msg.type() === 'warning') console.log(`[browser warning] ${msg.text()}`);
  });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.method()} ${req.resourceType()} ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });

  try {
    const email = page.locator('#email');
    const phone = page.locator('#phone');
    const shot = async (name) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(OUT, name), fullPage: true });
    };
    const typeEmail = async (text) => {
      await email.fill('');
      await email.pressSequentially(text);
    };

    await t.test('loads the WASM engine and reports the time to the first result', async () => {
      const response = await page.goto(server.url, { waitUntil: 'domcontentloaded' });
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'], /^text\/html; charset=utf-8/);
      await page.locator('html[data-ready]').waitFor({ state: 'attached', ...WAIT });
      assert.equal(await page.locator('html').getAttribute('data-ready'), 'true',
        `the WASM engine did not load: ${await page.locator('#timing').textContent()}`);
      const timing = await page.evaluate(() => {
        const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
        return {
          firstResult: Number(document.documentElement.dataset.firstResultMs),
          ready: performance.getEntriesByName('contactcheck-ready')[0]?.startTime,
          domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
          wasmBytes: wasm?.encodedBodySize,
          wasmFetch: wasm ? wasm.responseEnd - wasm.startTime : undefined,
        };
      });
      assert.ok(Number.isFinite(timing.firstResult), 'the page marks its first validation result');
      console.log(`time from navigation to the first validation result: ${timing.firstResult} ms `
        + `(engine ready at ${Math.round(timing.ready)} ms, DOMContentLoaded ${Math.round(timing.domContentLoaded)} ms, `
        + `.wasm ${Math.round((timing.wasmBytes ?? 0) / 1024)} KiB fetched in ${Math.round(timing.wasmFetch ?? 0)} ms; cold profile, localhost)`);
      for (const [file, type] of [['/dist/contactcheck-wasm.wasm', 'application/wasm'],
        ['/wasm/index.mjs', 'text/javascript; charset=utf-8'], ['/web-demo/app.mjs', 'text/javascript; charset=utf-8']]) {
        const res = await fetch(server.origin + file, { method: 'HEAD' });
        assert.equal(res.headers.get('content-type'), type, file);
      }
      assert.equal((await fetch(`${server.origin}/web-demo/%2e%2e/package.json`)).status, 404, 'no traversal');
      assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
      const versions = await page.locator('#v-lib').textContent();
      assert.match(versions, /^\d+\.\d+\.\d+/);
      assert.match(await page.locator('#v-meta').textContent(), /^\d+\.\d+\.\d+/);
    });

    await t.test('full-width ＠: the error is shown while typing', async () => {
      await typeEmail('user＠example.com');
      const msg = page.locator('#email-message[data-code="fullwidth"]');
      await msg.waitFor(WAIT);
      assert.match(await msg.textContent(), /全角/);
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      assert.match(await email.getAttribute('aria-describedby'), /email-feedback/);
      await shot('demo-ja-1280-error.png');
    });

    await t.test('taro@gmal.com: the suggestion fixes the field in one click', async () => {
      await typeEmail('taro@gmal.com');
      const suggestion = page.locator('#email-suggestion[data-value="taro@gmail.com"]');
      await suggestion.waitFor(WAIT);
      await suggestion.click();
      assert.equal(await email.inputValue(), 'taro@gmail.com');
      await page.locator('#email-field[data-state="ok"]').waitFor(WAIT);
      assert.equal(await page.locator('#store-email').textContent(), 'taro@gmail.com');
    });

    await t.test('taro..x@docomo.ne.jp: accepted, with the carrier-mail warning', async () => {
      await typeEmail('taro..x@docomo.ne.jp');
      await email.blur();
      await page.locator('#email-warnings [data-code="carrier_mail"]').waitFor(WAIT);
      assert.equal(await email.getAttribute('aria-invalid'), 'false');
      assert.equal(await page.locator('#email-field').getAttribute('data-state'), 'warn');
      assert.equal(await page.locator('#store-email').textContent(), 'taro..x@docomo.ne.jp');
      assert.ok((await page.locator('#email-warnings .warning__text').first().textContent()).length > 10,
        'the warning carries the guideline\'s advice');
    });

    await t.test('０９０１２３４５６７８ with Japan: formatted as typed, stored as E.164', async () => {
      await page.selectOption('#country', 'JP');
      assert.equal(await page.locator('#country option').first().getAttribute('value'), 'JP', 'Japan first for ja');
      await phone.fill('');
      await phone.pressSequentially('０９０１２３４５６７８');
      assert.equal(await phone.inputValue(), '090-1234-5678');
      assert.equal(await phone.evaluate((input) => input.selectionStart), '090-1234-5678'.length, 'caret stays at the end');
      await page.locator('#store-phone-e164').filter({ hasText: '+819012345678' }).waitFor(WAIT);
      assert.equal(await page.locator('#store-phone-national').textContent(), '090-1234-5678');
      assert.equal(await phone.getAttribute('autocomplete'), 'tel');
      assert.equal(await phone.getAttribute('inputmode'), 'tel');
    });

    await t.test('mobile only: 050 (VoIP) is refused', async () => {
      await page.locator('#mobile-only').check();
      await phone.fill('');
      await phone.pressSequentially('05012345678');
      await phone.blur();
      await page.locator('#phone-message[data-code="wrong_type"]').waitFor(WAIT);
      assert.equal(await phone.getAttribute('aria-invalid'), 'true');
      await page.locator('#mobile-only').uncheck();
      await phone.fill('');
      await phone.pressSequentially('09012345678');
      await phone.blur();
      await page.locator('#phone-field[data-state="ok"]').waitFor(WAIT);
    });

    await t.test('screenshots in Japanese', async () => {
      await typeEmail('taro..x@docomo.ne.jp');
      await email.blur();
      await page.locator('#email-warnings').waitFor(WAIT);
      await page.setViewportSize({ width: 1280, height: 900 });
      await shot('demo-ja-1280.png');
      await page.setViewportSize({ width: 375, height: 812 });
      await shot('demo-ja-375.png');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at 375 px (overflow ${overflow}px)`);
    });

    await t.test('switching to English changes the strings and the messages', async () => {
      const label = page.locator('label[for="email"]');
      assert.equal(await label.textContent(), 'メールアドレス');
      await page.locator('button[data-lang="en"]').click();
      assert.equal(await label.textContent(), 'Email address');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.locator('button[data-lang="en"]').getAttribute('aria-pressed'), 'true');
      await typeEmail('user＠example.com');
      const msg = page.locator('#email-message[data-code="fullwidth"]');
      await msg.waitFor(WAIT);
      assert.doesNotMatch(await msg.textContent(), /全角/);
      assert.equal(await page.locator('#country').inputValue(), 'JP', 'the country stays selected');
      assert.doesNotMatch(await page.locator('#country option[value="JP"]').textContent(), /日本/);
      await shot('demo-en-375-error.png');
      await typeEmail('taro..x@docomo.ne.jp');
      await email.blur();
      await page.locator('#email-warnings').waitFor(WAIT);
      await shot('demo-en-375.png');
      await page.setViewportSize({ width: 1280, height: 900 });
      await shot('demo-en-1280.png');
    });

    await t.test('no page errors, failed requests or console errors', () => {
      assert.deepEqual(problems, []);
    });
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});
