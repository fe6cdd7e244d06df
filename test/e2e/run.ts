/**
 * End-to-end tests in a real VS Code: code-server 4.100.3 (the newest for
 * Node 20) with the packaged .vsix installed, driven by Debian's Chromium
 * through playwright-core; plus extension-host tests run inside it.
 *
 * Everything lives in a temporary folder (HOME, user data, extensions,
 * workspace); code-server runs in its own process group and is killed by it.
 * Screenshots of each step go to e2e/ in the test results folder (test/support/results.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startLinkServer, type LinkServer } from '../support/linkServer';
import { RESULTS_DIR } from '../support/results';

const ROOT = path.resolve(__dirname, '../..');
const CODE_SERVER_VERSION = '4.100.3';
const CS_DIR = path.join(ROOT, '.e2e', 'code-server');
const CS_BIN = path.join(CS_DIR, 'node_modules', '.bin', 'code-server');
const VSIX = path.join(ROOT, 'dist', 'foresight-lint.vsix');
const RESULTS = path.join(RESULTS_DIR, 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface StepResult {
  name: string;
  ok: boolean;
  error?: string;
  screenshot?: string;
}

const results: StepResult[] = [];
const log = (s: string): void => void process.stdout.write(s + '\n');

/** code-server from npm, with Debian's ripgrep standing in for the download @vscode/ripgrep would make. */
function ensureCodeServer(): void {
  if (fs.existsSync(CS_BIN)) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-v-'));
    const v = spawnSync(CS_BIN, ['--version'], { encoding: 'utf8', env: isolatedEnv(home) });
    fs.rmSync(home, { recursive: true, force: true });
    if (v.stdout.startsWith(CODE_SERVER_VERSION)) return;
  }
  log(`Installing code-server@${CODE_SERVER_VERSION} into ${path.relative(ROOT, CS_DIR)} ...`);
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is needed: apt-get install ripgrep');
  const cache = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  fs.mkdirSync(cache, { recursive: true });
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  spawnSync('tar', ['-C', staging, '-czf', path.join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), 'rg'], { stdio: 'inherit' });
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(CS_DIR, { recursive: true });
  // npm 11 runs dependency install scripts only when allowed; code-server's builds its VS Code.
  fs.writeFileSync(path.join(CS_DIR, 'package.json'), JSON.stringify({ private: true, allowScripts: { 'code-server': true, argon2: true } }));
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CS_DIR,
    stdio: 'inherit',
    env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
  });
  if (r.status !== 0) throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (${r.status})`);
}

function isolatedEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v as T;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const s = path.join(from, e.name);
    const d = path.join(to, e.name);
    if (e.isDirectory()) copyDir(s, d);
    else fs.copyFileSync(s, d);
  }
}

async function step(page: Page, name: string, fn: () => Promise<void>): Promise<boolean> {
  const shot = path.join(RESULTS, `${String(results.length + 1).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  try {
    await fn();
    await page.screenshot({ path: shot });
    results.push({ name, ok: true, screenshot: shot });
    log(`  ✔ ${name}`);
    return true;
  } catch (e) {
    await page.screenshot({ path: shot }).catch(() => undefined);
    results.push({ name, ok: false, error: (e as Error).message, screenshot: shot });
    log(`  ✘ ${name}: ${(e as Error).message}\n    screenshot: ${path.relative(ROOT, shot)}`);
    return false;
  }
}

/** Runs a command from the palette by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input:visible').first();
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill('>' + title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

async function openFile(page: Page, relative: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input:visible').first();
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(relative);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: path.basename(relative) })
    .first()
    .waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
  await page
    .locator(`.tab[aria-label^="${path.basename(relative)}"]`)
    .first()
    .waitFor({ timeout: 15000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
}

async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input:visible').first();
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

async function editorText(page: Page): Promise<string> {
  return (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
}

async function main(): Promise<void> {
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  if (!fs.existsSync(VSIX)) throw new Error(`no ${path.relative(ROOT, VSIX)}: run npm run package first`);
  ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-e2e-'));
  const home = path.join(tmp, 'home');
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  for (const d of [home, userData, extensions]) fs.mkdirSync(d, { recursive: true });
  copyDir(path.join(ROOT, 'examples'), workspace);
  // Link checking (docs/rules.md, dead-link): a local site the report cites, to see whether anything is fetched.
  const linkServer: LinkServer = await startLinkServer([1]);
  fs.mkdirSync(path.join(workspace, 'links'), { recursive: true });
  fs.writeFileSync(
    path.join(workspace, 'links', 'sources.md'),
    [
      'Water[^1] and trade[^2].',
      '',
      `[^1]: Gone page: ${linkServer.url('/gone404')}`,
      `[^2]: Live page: ${linkServer.url('/ok')}`,
      '[^3]: An unused note, https://example.org/unused',
      '',
    ].join('\n'),
  );
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      // The workspace opens untrusted (Restricted Mode): the extension must still check it.
      'security.workspace.trust.enabled': true,
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.banner': 'always',
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'editor.hover.delay': 100,
      'editor.quickSuggestions': { other: true, comments: false, strings: false },
      'window.restoreWindows': 'none',
      // On at the user level; Restricted Mode must still keep the server from fetching anything.
      'foresight.checkLinks': true,
      'foresight.links.allowPrivateAddresses': true,
    }),
  );
  const env = isolatedEnv(home);
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions];
  const install = spawnSync(CS_BIN, [...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`installing the .vsix failed: ${install.stderr || install.stdout}`);
  log(`Installed ${path.basename(VSIX)} into code-server ${CODE_SERVER_VERSION}`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const serverLog = fs.createWriteStream(path.join(RESULTS, 'code-server.log'));
  try {
    server = spawn(
      CS_BIN,
      [
        ...common,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
        workspace,
      ],
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout?.pipe(serverLog);
    server.stderr?.pipe(serverLog);
    await waitFor('code-server to answer on ' + base, async () => (await get(`${base}/healthz`)) === 200, 60000);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });

    // 1. Extension-host tests with the vscode API, inside this VS Code.
    log('Extension-host tests (vscode API):');
    if (!process.env.E2E_SKIP_EXTHOST) {
      const resultFile = path.join(tmp, 'exthost-results.json');
      const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
      const payload = [
        ['extensionDevelopmentPath', remote(ROOT)],
        ['extensionTestsPath', remote(path.join(ROOT, 'out', 'e2e', 'exthost', 'index.js'))],
      ];
      const apiPage = await context.newPage();
      await apiPage.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      try {
        await waitFor('the extension-host tests to write ' + resultFile, () => fs.existsSync(resultFile), 120000);
        const api = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as StepResult[];
        for (const r of api) {
          results.push({ ...r, name: `exthost: ${r.name}` });
          log(`  ${r.ok ? '✔' : '✘'} ${r.name}${r.ok ? '' : `\n${r.error}`}`);
        }
      } catch (e) {
        results.push({ name: 'exthost: results file', ok: false, error: (e as Error).message });
        log(`  ✘ ${(e as Error).message}`);
      }
      await apiPage.screenshot({ path: path.join(RESULTS, '00-exthost.png') }).catch(() => undefined);
      await apiPage.close();
    }

    // 2. The real UI with the installed .vsix.
    log('UI steps (installed .vsix):');
    const page = await context.newPage();
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await step(page, 'workbench loads, in Restricted Mode (an untrusted workspace)', async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
      await page.locator('.activitybar').waitFor({ timeout: 30000 });
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30000 });
    });
    await step(page, 'problem report shows its diagnostics with rule codes in the Problems panel', async () => {
      await openFile(page, 'with-problems/entries.md');
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      const panel = page.locator('.part.panel');
      let seen = '';
      await waitFor(
        'rule codes in the Problems panel',
        async () => {
          const text = (seen = await panel.innerText().catch((e: Error) => `(${e.message})`));
          // The parentheses around a code are drawn by CSS, so the text is "foresight\nmissing-section".
          return /foresight\s*\(?\s*missing-section/.test(text) && /foresight\s*\(?\s*undefined-footnote/.test(text) && text;
        },
        30000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}; the panel said: ${JSON.stringify(seen.slice(0, 400))}`);
      });
    });
    await step(page, 'the light bulb inserts the missing section and the problem disappears', async () => {
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert section "Why is it important?"' }).first();
      // VS Code asks for code actions once per Ctrl+.; on a cold start the first answer can come before the
      // server's diagnostics are attached to the line ("No code actions available"). Ask again until the fix is offered.
      await waitFor(
        'the "Insert section" quick fix in the light bulb menu',
        async () => {
          await page.keyboard.press('Escape');
          await page.locator('.monaco-editor .view-lines').first().click();
          await goToLine(page, 9, 1);
          await page.keyboard.press('Control+.');
          return item.waitFor({ timeout: 5000 }).then(
            () => true,
            () => false,
          );
        },
        60000,
      );
      await page.screenshot({ path: path.join(RESULTS, 'light-bulb-open.png') });
      await item.click({ force: true });
      await waitFor('the inserted placeholder in the editor', async () => (await editorText(page)).includes('_To be written._'), 10000);
      await waitFor(
        'the problem to disappear',
        async () => {
          const text = await page
            .locator('.part.panel')
            .innerText()
            .catch(() => '');
          return text.includes('entries.md') && !text.includes('Entry "Sub-national diplomacy" is missing');
        },
        15000,
      );
    });
    await step(page, 'footnote completion after [^', async () => {
      await goToLine(page, 13, 200);
      await page.keyboard.press('End');
      await page.keyboard.type(' [^');
      const widget = page.locator('.suggest-widget.visible');
      await widget.waitFor({ timeout: 15000 }).catch(async () => {
        await page.keyboard.press('Control+Space');
        await widget.waitFor({ timeout: 10000 });
      });
      await waitFor(
        'note labels in the suggestions',
        async () => {
          const t = await widget.innerText();
          return /Next free note number/.test(t) || /\b12\b/.test(t) ? t : undefined;
        },
        10000,
      );
      await page.screenshot({ path: path.join(RESULTS, 'completion-open.png') });
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Z');
    });
    await step(page, 'hovering a note reference shows its source', async () => {
      // Whatever the steps above left in the editor, find the reference there (not by a line number computed from
      // the file on disk), wait until the status bar shows the cursor on its "4", and only then ask for the hover.
      const line = fs
        .readFileSync(path.join(workspace, 'with-problems', 'entries.md'), 'utf8')
        .split('\n')
        .find((l) => l.includes('rivals that of many countries.[^4]')) as string;
      const column = line.indexOf('[^4]') + 3;
      const hover = page.locator('.monaco-hover:not(.hidden)');
      const cursorOnNote = page.locator('.statusbar-item', { hasText: new RegExp(`Col ${column}\\b`) });
      await waitFor(
        'a hover with the OECD source',
        async () => {
          await page.keyboard.press('Escape');
          await page.locator('.monaco-editor .view-lines').first().click();
          await page.keyboard.press('Control+F');
          const find = page.locator('.find-widget .monaco-findInput textarea, .find-widget .monaco-findInput input').first();
          await find.waitFor({ state: 'visible', timeout: 10000 });
          await find.fill('countries.[^4]');
          await page.keyboard.press('Enter');
          await page.keyboard.press('Escape');
          // The match is selected: collapse to its end, then two left is the "4".
          await page.keyboard.press('ArrowRight');
          await page.keyboard.press('ArrowLeft');
          await page.keyboard.press('ArrowLeft');
          const placed = await waitFor('the cursor on the note', async () => (await cursorOnNote.count()) > 0, 5000).catch(() => false);
          if (!placed) return false;
          await runCommand(page, 'Show or Focus Hover');
          return waitFor('the hover', async () => (await hover.innerText().catch(() => '')).includes('oecd.org/guangdong'), 10000).catch(() => false);
        },
        60000,
      );
    });
    await step(page, 'the status bar summarises the report', async () => {
      const item = page.locator('.statusbar-item', { hasText: 'force-of-change' });
      await waitFor('the Foresight status bar item', async () => (await item.count()) > 0 && /sections/.test(await item.first().innerText()), 15000);
    });
    await step(page, "clicking the status bar shows only this report's problems", async () => {
      await page.locator('.statusbar-item', { hasText: 'force-of-change' }).first().click();
      await waitFor(
        'the Problems panel narrowed to entries.md',
        async () => {
          const text = await page
            .locator('.part.panel')
            .innerText()
            .catch(() => '');
          return text.includes('entries.md') && !text.includes('broken-front-matter.md') && text;
        },
        15000,
      );
    });
    await step(page, 'the preview shows the report with numbered endnotes', async () => {
      await runCommand(page, 'Foresight: Open Preview to the Side');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('section.fs-endnotes li').first().waitFor({ timeout: 30000 });
      const refs = await frame.locator('sup.fs-ref a').count();
      if (refs < 5) throw new Error(`only ${refs} note references in the preview`);
      await frame.locator('.fs-header').waitFor({ timeout: 5000 });
      // Live: an edit shows up in the preview.
      await page.locator('.monaco-editor .view-lines').first().click();
      await goToLine(page, 24, 200);
      await page.keyboard.press('End');
      await page.keyboard.type(' Liveupdatecheck.');
      await frame.locator('text=Liveupdatecheck').first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Control+Z');
    });
    await step(page, 'Foresight: New Report… in French makes a French report with no missing sections', async () => {
      await runCommand(page, 'Foresight: New Report…');
      const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: 'signal' }).first();
      await pick.waitFor({ timeout: 10000 });
      await pick.click();
      const french = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Français' }).first();
      await french.waitFor({ timeout: 10000 });
      await french.click();
      await waitFor(
        'the new French report in the editor',
        async () => {
          const text = await editorText(page);
          return text.includes('template: signal') && text.includes('lang: fr') && text.includes('Qu’est-ce que c’est');
        },
        15000,
      );
      await page.keyboard.press('Escape');
      const item = page.locator('.statusbar-item', { hasText: 'signal' });
      await waitFor(
        '"signal · 4/4 sections" in the status bar',
        async () => {
          const text = (await item.count()) ? await item.first().innerText() : '';
          return /signal · 4\/4 sections/.test(text) && text;
        },
        20000,
      );
    });
    await step(page, 'Restricted Mode: no source link is fetched, though foresight.checkLinks is on', async () => {
      await openFile(page, 'links/sources.md');
      // The report was checked (its unused note shows); the link check would have started then.
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      await waitFor(
        'unused-footnote for sources.md',
        async () =>
          /foresight\s*\(?\s*unused-footnote/.test(
            await page
              .locator('.part.panel')
              .innerText()
              .catch(() => ''),
          ),
        30000,
      );
      await new Promise((r) => setTimeout(r, 3000));
      if (linkServer.log.length) throw new Error(`the link server got ${linkServer.log.length} requests: ${linkServer.log.map((r) => r.path).join(', ')}`);
      if (/dead-link/.test(await page.locator('.part.panel').innerText())) throw new Error('dead-link diagnostics in Restricted Mode');
    });
    await step(page, 'granting workspace trust starts the link check: the gone source shows in Problems', async () => {
      // Only the local site should be fetched: close the reports that cite real web pages (reverting their test edits).
      for (const name of ['entries.md', 'new-report.md']) {
        const tab = page.locator(`.tab[aria-label^="${name}"]`).first();
        if (!(await tab.count())) continue;
        await tab.click();
        await runCommand(page, 'View: Revert and Close Editor');
        await waitFor(`${name} closed`, async () => (await page.locator(`.tab[aria-label^="${name}"]`).count()) === 0, 10000);
      }
      await runCommand(page, 'Workspaces: Manage Workspace Trust');
      const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust/ }).first();
      await trust.waitFor({ timeout: 15000 });
      await trust.click();
      await page.screenshot({ path: path.join(RESULTS, 'trust-granted.png') });
      await page.locator('.tab[aria-label^="sources.md"]').first().click();
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout: 15000 });
      await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
      let seen = '';
      await waitFor(
        '"Source gone" in the Problems panel',
        async () => {
          seen = await page
            .locator('.part.panel')
            .innerText()
            .catch(() => '');
          return /Source gone: .*gone404.*404 Not Found/.test(seen) && /foresight\s*\(?\s*dead-link/.test(seen);
        },
        30000,
      ).catch((e: Error) => {
        throw new Error(`${e.message}; the panel said: ${JSON.stringify(seen.slice(0, 400))}`);
      });
      if (!linkServer.log.some((r) => r.path === '/gone404')) throw new Error('the gone page was never requested');
      await page.screenshot({ path: path.join(RESULTS, 'dead-link.png') });
    });
  } finally {
    await linkServer.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    serverLog.end();
    // The run's home, profile, extensions and workspace: what is worth keeping is in RESULTS.
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  fs.writeFileSync(path.join(RESULTS, 'results.json'), JSON.stringify(results, null, 2));
  log(`\ne2e: ${passed} passed, ${failed} failed`);
  log(`Screenshots: ${RESULTS}/`);
  process.exitCode = failed === 0 && results.length > 0 ? 0 : 1;
}

main().catch((e) => {
  log(`e2e: setup failed: ${(e as Error).message}`);
  log('0 passed, 1 failed');
  process.exitCode = 1;
});
