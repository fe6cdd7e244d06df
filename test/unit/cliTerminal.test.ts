/** The CLI in a terminal and for fixes: grouped, coloured output, code frames, --fix-dry-run, ignore patterns (README, "Command line"). */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { URI } from 'vscode-uri';
import { runCli } from '../../server/src/cli';
import { codeFrame } from '../../server/src/cliFormats';
import { unifiedDiff } from '../../server/src/unifiedDiff';
import { LanguageService, type OpenDocument } from '../../server/src/service';
import { makeTempDir } from '../support/tmp';

function tempDir(files: Record<string, string>): string {
  const dir = makeTempDir('foresight-terminal-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// An error (a note with no definition), a warning (an empty section) and a safe fix (a link artifact), in two reports.
const REPORT_A = '---\ntemplate: signal\n---\n# A signal\n\n## What is it?\n\nCities sign treaties.[^1]\n\n## Why is it important?\n\n';
const REPORT_B = '# B\n\nText.[^1]\n\n[^1]: Smith, J. "Local Diplomacy." *Urban Affairs*. 2021. https://example.org/a(link is external)\n';
const ESC = '\u001b[';

describe('the CLI in a terminal', () => {
  it('groups findings by file with aligned columns and a summary line; colours with FORCE_COLOR, none with NO_COLOR', async () => {
    const dir = tempDir({ 'a.md': REPORT_A, 'b.md': REPORT_B, 'c.md': '# Clean\n\nNothing to see.\n' });
    const plain = await runCli(['.'], dir, { NO_COLOR: '1' }, undefined, { isTTY: true });
    assert.ok(!plain.stdout.includes(ESC), 'NO_COLOR: no escape codes');
    const lines = plain.stdout.split('\n');
    assert.strictEqual(lines[0], 'a.md');
    const own = lines.slice(1, lines.indexOf(''));
    assert.ok(own.length >= 2 && own.every((l) => /^ {2}\d+:\d+ +(error|warning|info|hint) +\S/.test(l)), own.join('\n'));
    assert.ok(own.includes('  8:22  error    Footnote [^1] has no definition.  undefined-footnote'), own.join('\n'));
    assert.ok(lines.includes('b.md'), 'a heading per file with findings');
    assert.ok(!lines.includes('c.md'), 'no heading for a clean file');
    const summary = lines.filter((l) => l !== '').pop()!;
    assert.match(summary, /^✖ \d+ problems \(\d+ errors?, \d+ warnings?.*\) in 2 files, 1 fixable with --fix$/);
    const errors = plain.stdout.match(/ error /g)?.length ?? 0;
    assert.ok(summary.includes(`(${errors} error`), `the summary counts the ${errors} errors listed`);
    assert.strictEqual(plain.code, 1);

    const coloured = await runCli(['.'], dir, { FORCE_COLOR: '1' }, undefined, { isTTY: false });
    assert.ok(coloured.stdout.includes(`${ESC}31merror`), 'FORCE_COLOR colours errors red even when piped');
    assert.ok(coloured.stdout.includes(`${ESC}4ma.md${ESC}0m`), 'file names underlined');
    // eslint-disable-next-line no-control-regex -- the escape codes of SGR colours
    assert.strictEqual(coloured.stdout.replace(/\u001b\[\d+m/g, ''), plain.stdout, 'the same text under the colours');
    const tty = await runCli(['.'], dir, {}, undefined, { isTTY: true });
    assert.strictEqual(tty.stdout, coloured.stdout, 'a terminal gets colours by default');
    const zero = await runCli(['.'], dir, { FORCE_COLOR: '0' }, undefined, { isTTY: true });
    assert.strictEqual(zero.stdout, plain.stdout, 'FORCE_COLOR=0 turns colours off');
  });

  it('piped: one FILE:LINE:COL line per finding on stdout, the summary on stderr', async () => {
    const dir = tempDir({ 'a.md': REPORT_A, 'c.md': '# Clean\n' });
    const r = await runCli(['.'], dir, {}, undefined, { isTTY: false });
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 0 && lines.every((l) => /^a\.md:\d+:\d+ (error|warning|info|hint) [a-z-]+ /.test(l)), r.stdout);
    assert.match(r.stderr, new RegExp(`^✖ ${lines.length} problems? \\(.*\\) in 1 file$`, 'm'));
    const clean = await runCli(['c.md'], dir, {}, undefined, { isTTY: false });
    assert.strictEqual(clean.stdout, '');
    assert.match(clean.stderr, /^No problems in 1 file$/m);
    const json = await runCli(['--format', 'json', '.'], dir, {}, undefined, { isTTY: false });
    assert.doesNotMatch(json.stderr, /problems/, 'other formats print no summary');
  });

  it('--code-frame: the source line under each finding, carets under its span', async () => {
    const dir = tempDir({ 'b.md': REPORT_B });
    const r = await runCli(['--code-frame', '--rule', 'missing-source-url:off', 'b.md'], dir, {}, undefined, { isTTY: false });
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('link-artifact'));
    assert.ok(at >= 0, r.stdout);
    const col = Number(/^b\.md:5:(\d+) /.exec(lines[at])![1]);
    assert.strictEqual(lines[at + 1], `  5 | ${REPORT_B.split('\n')[4]}`);
    const carets = lines[at + 2];
    assert.strictEqual(carets.indexOf('^') - '  5 | '.length, col - 1, 'carets start at the finding’s column');
    assert.strictEqual(carets.trim().replace(/^\|\s*/, ''), '^'.repeat('(link is external)'.length));
  });

  it('codeFrame: windows long lines, shows tabs as one space, spans to the line end when the finding goes on', () => {
    const long = 'x'.repeat(300) + 'TARGET' + 'y'.repeat(300);
    const f = codeFrame(long + '\n', 0, 1, 301, 307, 1);
    const [source, carets] = f.split('\n');
    assert.ok(source.length < 120 && source.includes('TARGET') && source.startsWith('1 | …') && source.endsWith('…'), source);
    assert.strictEqual(carets.indexOf('^'), source.indexOf('TARGET'));
    assert.strictEqual(carets.split('^').length - 1, 6);
    const tabbed = codeFrame('a\tb\tc\r\nnext', 0, 1, 5, 6, 1).split('\n');
    assert.deepStrictEqual(tabbed, ['1 | a b c', '  |     ^']);
    const multi = codeFrame('first line\nsecond\n', 0, 1, 7, 3, 2).split('\n');
    assert.strictEqual(multi[1], '  |       ^^^^', 'to the end of the first line');
  });
});

/** Applies a unified diff as `patch` would (hunks in order, context checked). */
function applyDiff(before: string, diff: string): string {
  const lines = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  let at = 0;
  const body = diff.split('\n');
  for (let i = 2; i < body.length; i++) {
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(body[i]);
    if (!m) continue;
    const start = Number(m[1]) - (m[2] === '0' ? 0 : 1);
    while (at < start) out.push(lines[at++]);
    for (i++; i < body.length && /^[ +-\\]/.test(body[i]) && !body[i].startsWith('@@'); i++) {
      const kind = body[i][0];
      const noEol = body[i + 1]?.startsWith('\\ No newline');
      const text = body[i].slice(1) + (noEol ? '' : '\n');
      if (kind === '\\') continue;
      if (kind === ' ' || kind === '-') assert.strictEqual(lines[at++], text, `context or removed line ${at}`);
      if (kind === ' ' || kind === '+') out.push(text);
    }
    i--;
  }
  while (at < lines.length) out.push(lines[at++]);
  return out.join('');
}

describe('--fix-dry-run', () => {
  it('prints the diff --fix would make, which git apply takes to the same bytes, and changes nothing', async () => {
    const original = '# R\n\nOne.[^2] Two.[^1]\n\n[^1]: A. https://example.org/a(link is external)\n[^2]: B. https://example.org/b\n';
    const dir = tempDir({ 'r.md': original, 'clean.md': '# C\n' });
    const dry = await runCli(['--fix-dry-run', '.'], dir);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), original, 'nothing written');
    assert.match(dry.stdout, /^--- a\/r\.md\n\+\+\+ b\/r\.md\n@@ /);
    assert.doesNotMatch(dry.stdout, /clean\.md/);
    assert.match(dry.stderr, /--fix would change 1 of 2 files/);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['apply', '-'], { cwd: dir, input: dry.stdout });
    const applied = fs.readFileSync(path.join(dir, 'r.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'r.md'), original);
    const fixed = await runCli(['--fix', '.'], dir);
    assert.strictEqual(applied, fs.readFileSync(path.join(dir, 'r.md'), 'utf8'), 'the diff is exactly what --fix writes');
    assert.notStrictEqual(applied, original);
    assert.strictEqual(dry.code, fixed.code, 'the exit code --fix would give');
  });

  it('works on standard input, and refuses --fix with it', async () => {
    const text = 'A.[^1]\n\n[^1]: Source. https://example.org/x(link is external)\n';
    const r = await runCli(['--fix-dry-run', '--stdin', '--stdin-filename', 'notes.md'], makeTempDir('foresight-dry-'), {}, () => text);
    assert.strictEqual(applyDiff(text, r.stdout), text.replace('(link is external)', ''));
    assert.strictEqual((await runCli(['--fix', '--fix-dry-run', 'x.md'])).code, 2);
  });

  it('unifiedDiff: any change of lines, applied, gives the new text (with and without final newlines, past the edit cap)', () => {
    const line = fc.constantFrom('a', 'b', 'c', '', 'd e', '[^1]: x');
    const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.boolean()).map(([ls, eol]) => ls.join('\n') + (eol && ls.length ? '\n' : ''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = unifiedDiff('f.md', a, b);
        assert.strictEqual(d === '', a === b);
        if (d) assert.strictEqual(applyDiff(a, d), b);
      }),
      { numRuns: 500 },
    );
    const many = Array.from({ length: 3000 }, (_, i) => `line ${i}\n`).join('');
    const changed = many.replace(/line (\d*[05])\n/g, 'LINE $1\n');
    assert.strictEqual(applyDiff(many, unifiedDiff('f.md', many, changed)), changed, '600 changes: past the cap, still right');
  });
});

describe('ignore patterns', () => {
  const config = 'ignore:\n  - drafts/\n  - "*.draft.md"\n';
  const broken = '# D\n\nText.[^9]\n';

  it('a config’s ignore: skips the files it matches, whether found in a folder or named', async () => {
    const dir = tempDir({ '.foresight.yml': config, 'drafts/x.md': broken, 'sub/y.draft.md': broken, 'sub/z.md': broken });
    const r = await runCli(['--format', 'json', '.'], dir);
    assert.deepStrictEqual([...new Set(JSON.parse(r.stdout).map((x: { file: string }) => x.file))], [path.join('sub', 'z.md')]);
    const named = await runCli(['--format', 'json', 'drafts/x.md', 'sub/y.draft.md'], dir);
    assert.deepStrictEqual(JSON.parse(named.stdout), []);
    assert.match(named.stderr, /every file found is ignored/);
    const printed = JSON.parse((await runCli(['--print-config', 'drafts/x.md'], dir)).stdout);
    assert.deepStrictEqual([printed.ignore, printed.ignored], [['drafts/', '*.draft.md'], true]);
    const stdin = await runCli(['--stdin', '--stdin-filename', 'drafts/new.md', '--format', 'json'], dir, {}, () => broken);
    assert.deepStrictEqual([JSON.parse(stdin.stdout), stdin.code], [[], 0]);
    const all = await runCli(['--no-config', '--format', 'json', '.'], dir);
    assert.strictEqual(new Set(JSON.parse(all.stdout).map((x: { file: string }) => x.file)).size, 3, '--no-config: no ignore');
  });

  it('patterns are relative to the config’s folder, and a bad value is a config error', async () => {
    const dir = tempDir({
      'team/.foresight.yml': 'ignore: old/**\n',
      'team/old/a/b.md': broken,
      'old/c.md': broken,
      'bad/.foresight.yml': 'ignore: 3\n',
      'bad/r.md': '# R\n',
    });
    const files = JSON.parse((await runCli(['--format', 'json', 'team', 'old'], dir)).stdout).map((x: { file: string }) => x.file);
    assert.deepStrictEqual([...new Set(files)], [path.join('old', 'c.md')], 'old/ outside team/ is not the pattern’s');
    const bad = await runCli(['bad'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stdout, /`ignore` must be a file pattern/);
  });

  it('in the editor: an ignored file gets no diagnostics, open or closed, and is not among the workspace’s reports', () => {
    const dir = tempDir({ '.foresight.yml': config, 'drafts/x.md': broken, 'z.md': broken });
    const docs = new Map<string, OpenDocument>();
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    service.workspace.setFolders([URI.file(dir).toString()]);
    service.applySettings({ validateWorkspace: true });
    const draft = URI.file(path.join(dir, 'drafts', 'x.md')).toString();
    const kept = URI.file(path.join(dir, 'z.md')).toString();
    docs.set(draft, { uri: draft, version: 1, getText: () => broken });
    assert.deepStrictEqual(service.diagnosticsFor(draft), []);
    assert.ok(service.closedFileDiagnostics(kept).some((d) => d.code === 'undefined-footnote'));
    assert.deepStrictEqual(service.closedFileDiagnostics(draft), []);
    const reports = service.workspaceReports();
    assert.ok(reports.includes(kept) && !reports.includes(draft));
  });
});
