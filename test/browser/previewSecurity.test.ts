import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { chromium, type Browser } from 'playwright-core';
import { PAGE_SCRIPT } from '../../client/src/preview/pageScript';
import { previewDocument, renderReport } from '../../server/src/features/render';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// What VS Code puts in webview CSPs for local resources.
const CSP_SOURCE = 'https://*.vscode-cdn.net';

describe('preview security in headless Chromium (under the preview CSP)', function () {
  this.timeout(60000);
  let browser: Browser;
  let server: http.Server;
  let base: string;
  const hits: string[] = [];
  let page = '';

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run should have installed chromium`);
      this.skip();
    }
    server = http.createServer((req, res) => {
      if (req.url === '/preview.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
        return;
      }
      hits.push(req.url ?? '');
      res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('runs nothing from a hostile report, loads nothing remote, and still renders the endnotes', async () => {
    const report = [
      '# Hostile report',
      '',
      '<script>window.__pwned = "script"; fetch("/pwned-script")</script>',
      '',
      '<img src="x" onerror="window.__pwned = \'onerror\'; fetch(\'/pwned-onerror\')">',
      '',
      `[click me](javascript:window.__pwned='link') and ![tracker](${'BASE'}/tracker.png) and <a href="javascript:alert(1)">raw</a>`,
      '',
      'A claim.[^1] Another.[^2]',
      '',
      '[^1]: <svg onload="window.__pwned=\'svg\'"></svg> Source. https://example.org/a',
      '[^2]: Ibid.',
    ]
      .join('\n')
      .replace('BASE', `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    const { title, body } = renderReport(report);
    // Even markup the renderer would never emit is blocked by the CSP: add some by hand.
    const smuggled = `<img src="${base}/smuggled.png"><script>window.__pwned='smuggled'</script><div onclick="window.__pwned='handler'" id="handler">x</div>`;
    page = previewDocument({
      nonce: 'testnonce123',
      cspSource: CSP_SOURCE,
      allowRemoteImages: false,
      title,
      body: body + smuggled,
      script: `window.acquireVsCodeApi = () => ({ postMessage: (m) => (window.__messages = [...(window.__messages || []), m]) });\n${PAGE_SCRIPT}`,
    });
    const tab = await browser.newPage();
    const violations: string[] = [];
    tab.on('console', (m) => violations.push(m.text()));
    await tab.goto(`${base}/preview.html`);
    await tab.waitForLoadState('load');
    await tab.click('#handler');
    await tab.click('text=click me').catch(() => undefined); // rendered as text: nothing to click
    await tab.waitForTimeout(500);
    assert.strictEqual(await tab.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned), undefined);
    assert.deepStrictEqual(
      hits.filter((h) => h !== '/favicon.ico'),
      [],
      'no request left the page',
    );
    assert.ok(
      violations.some((v) => /Content Security Policy/.test(v)),
      'the CSP blocked the smuggled markup',
    );
    assert.strictEqual(await tab.locator('section.fs-endnotes li').count(), 2);
    assert.match(await tab.locator('#fn-2').innerText(), /Ibid\./);
    assert.strictEqual(await tab.locator('a[href^="javascript:"]').count(), 0);
    // Our own nonce'd script runs: clicking a note reference scrolls to it in page, an external link goes to the extension.
    await tab.click('sup.fs-ref a[href="#fn-1"]');
    await tab.click('a[href="https://example.org/a"]');
    const messages = await tab.evaluate(() => (globalThis as unknown as { __messages?: unknown[] }).__messages ?? []);
    assert.deepStrictEqual(
      messages.filter((m) => (m as { type: string }).type === 'openLink'),
      [{ type: 'openLink', href: 'https://example.org/a' }],
    );
    await tab.close();
  });
});
