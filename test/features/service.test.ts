import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { rules } from '../../server/src/core/rules';
import { LanguageService, type OpenDocument, type OpenDocuments } from '../../server/src/service';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../server/src/settings';
import { report } from '../support/helpers';
import { makeTempDir } from '../support/tmp';

/** Open documents held in memory, as the server's synced documents would hold them. */
class MemoryDocuments implements OpenDocuments {
  private readonly docs = new Map<string, OpenDocument>();
  open(uri: string, text: string, version = 1): void {
    this.docs.set(uri, { uri, version, getText: () => text });
  }
  close(uri: string): void {
    this.docs.delete(uri);
  }
  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }
  all(): OpenDocument[] {
    return [...this.docs.values()];
  }
}

function setUp(): { docs: MemoryDocuments; service: LanguageService; errors: string[]; dir: string } {
  const docs = new MemoryDocuments();
  const errors: string[] = [];
  const service = new LanguageService(docs, { error: (m) => errors.push(m), warn: () => undefined, linksChanged: () => undefined });
  const dir = makeTempDir('foresight-service-');
  service.workspace.setFolders([URI.file(dir).toString()]);
  return { docs, service, errors, dir };
}

const uriOf = (dir: string, name: string): string => URI.file(path.join(dir, name)).toString();

describe('the language service', () => {
  it('checks an open document once per version and answers every feature from that one analysis', () => {
    const { docs, service, dir } = setUp();
    const uri = uriOf(dir, 'a.md');
    docs.open(uri, 'A claim[^1].\n', 1);
    const first = service.analyse(uri)!;
    assert.strictEqual(service.analyse(uri), first, 'the same version is not checked again');
    assert.deepStrictEqual(
      service.diagnosticsFor(uri).map((d) => d.code),
      ['undefined-footnote'],
    );
    docs.open(uri, 'A claim[^1].\n\n[^1]: https://e.org/1\n', 2);
    assert.notStrictEqual(service.analyse(uri), first);
    assert.deepStrictEqual(service.diagnosticsFor(uri), []);
  });

  it('reads the nearest .foresight.yml of a document, and an open config text wins over the file until reset', () => {
    const { docs, service, dir } = setUp();
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'rules:\n  undefined-footnote: off\n');
    const uri = uriOf(dir, 'a.md');
    docs.open(uri, 'A claim[^1].\n');
    assert.deepStrictEqual(service.diagnosticsFor(uri), [], 'the config turns the rule off');
    service.configTextChanged(uriOf(dir, '.foresight.yml'), 'rules: {}\n');
    assert.deepStrictEqual(
      service.diagnosticsFor(uri).map((d) => d.code),
      ['undefined-footnote'],
    );
  });

  it('checks open reports against the file on disk again when an open .foresight.yml closes unsaved', () => {
    const { docs, service, dir } = setUp();
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'rules: {}\n');
    const uri = uriOf(dir, 'a.md');
    docs.open(uri, 'A claim[^1].\n');
    const config = uriOf(dir, '.foresight.yml');
    service.configTextChanged(config, 'rules:\n  undefined-footnote: off\n');
    assert.deepStrictEqual(service.diagnosticsFor(uri), [], 'the unsaved config in the editor applies');
    service.configTextChanged(config, undefined);
    assert.deepStrictEqual(
      service.diagnosticsFor(uri).map((d) => d.code),
      ['undefined-footnote'],
      'closed unsaved: the file on disk applies, no stale analysis',
    );
  });

  it('says a document over the live limit is not checked as you type, and checks it as a closed file', () => {
    const { docs, service, dir } = setUp();
    service.applySettings({ maxLiveSize: 100 });
    const uri = uriOf(dir, 'big.md');
    const text = 'A claim[^1]. ' + 'x'.repeat(200) + '\n';
    docs.open(uri, text);
    assert.strictEqual(service.analyse(uri), undefined);
    assert.match(service.diagnosticsFor(uri)[0].message, /over the live-check limit/);
    fs.writeFileSync(path.join(dir, 'big.md'), text);
    docs.close(uri);
    assert.deepStrictEqual(
      service.closedFileDiagnostics(uri).map((d) => d.code),
      ['undefined-footnote'],
      'closed reports are checked up to four times the live limit',
    );
  });

  it('reports a document whose check fails alone, logs it once, and keeps checking the others', () => {
    const { docs, service, errors, dir } = setUp();
    const bad = uriOf(dir, 'bad.md');
    const good = uriOf(dir, 'good.md');
    docs.open(bad, 'A claim[^1].\n');
    docs.open(good, 'B claim[^2].\n');
    const rule = rules.find((r) => r.code === 'undefined-footnote')!;
    const original = rule.check;
    rule.check = (ctx) => {
      if (ctx.model.text.startsWith('A')) throw new TypeError('broken on purpose');
      original(ctx);
    };
    try {
      // A rule that throws is a rule error: the others still ran, and the error is logged once.
      assert.deepStrictEqual(service.diagnosticsFor(bad), []);
      assert.deepStrictEqual(
        service.diagnosticsFor(good).map((d) => d.code),
        ['undefined-footnote'],
      );
      assert.strictEqual(errors.filter((e) => e.includes('Rule undefined-footnote failed')).length, 1);
    } finally {
      rule.check = original;
    }
  });

  it('keeps a closed report’s result while its file holds the same text, and sees a change no event told of', () => {
    const { service, dir } = setUp();
    const uri = uriOf(dir, 'closed.md');
    fs.writeFileSync(path.join(dir, 'closed.md'), 'A claim[^1].\n');
    assert.deepStrictEqual(
      service.closedFileDiagnostics(uri).map((d) => d.code),
      ['undefined-footnote'],
    );
    fs.writeFileSync(path.join(dir, 'closed.md'), 'A claim[^1].\n\n[^1]: https://e.org/1\n');
    assert.deepStrictEqual(service.closedFileDiagnostics(uri), []);
  });

  it('lists closed reports only when the workspace is validated and the extension enabled', () => {
    const { docs, service, dir } = setUp();
    fs.writeFileSync(path.join(dir, 'a.md'), 'A.\n');
    fs.writeFileSync(path.join(dir, 'b.md'), 'B.\n');
    docs.open(uriOf(dir, 'a.md'), 'A.\n');
    assert.deepStrictEqual(service.closedReports(), [uriOf(dir, 'b.md')], 'open documents are not closed reports');
    service.applySettings({ validateWorkspace: false });
    assert.deepStrictEqual(service.closedReports(), []);
    service.applySettings({ enable: false });
    assert.deepStrictEqual(service.closedReports(), []);
    assert.deepStrictEqual(service.diagnosticsFor(uriOf(dir, 'a.md')), []);
  });

  it('finds entries in open and closed reports for workspace symbols', () => {
    const { docs, service, dir } = setUp();
    fs.writeFileSync(path.join(dir, 'closed.md'), report('## Rising seas', '', '### What is it?', '', 'Text.'));
    docs.open(uriOf(dir, 'open.md'), report('## Rising costs', '', '### What is it?', '', 'Text.'));
    const names = service
      .workspaceSymbols('rising')
      .map((s) => s.name)
      .sort();
    assert.deepStrictEqual(names, ['Rising costs', 'Rising seas']);
  });

  it('finds the entries of closed reports whose template comes from the config or the settings, and checks no other file for them', () => {
    const { service, dir } = setUp();
    const body = ['## Rising seas', '', '### What is it?', '', 'Text.'].join('\n');
    fs.mkdirSync(path.join(dir, 'team'));
    fs.writeFileSync(path.join(dir, 'team', '.foresight.yml'), 'template: force-of-change\n');
    fs.writeFileSync(path.join(dir, 'team', 'by-config.md'), body.replace('seas', 'rivers'));
    fs.writeFileSync(path.join(dir, 'quoted.md'), `---\n"template": force-of-change\n---\n\n${body.replace('seas', 'lakes')}`);
    fs.writeFileSync(path.join(dir, 'plain.md'), body.replace('seas', 'plains'));
    const checked: string[] = [];
    const internals = service as unknown as { checkClosed: (uri: string, text: string) => unknown };
    const checkClosed = internals.checkClosed.bind(service);
    internals.checkClosed = (uri, text) => {
      checked.push(path.basename(URI.parse(uri).fsPath));
      return checkClosed(uri, text);
    };
    const names = (): string[] =>
      service
        .workspaceSymbols('rising')
        .map((s) => s.name)
        .sort();
    assert.deepStrictEqual(names(), ['Rising lakes', 'Rising rivers']);
    assert.ok(!checked.includes('plain.md'), checked.join());
    // A default template in the settings makes every file a report with entries.
    service.applySettings({ defaultTemplate: 'force-of-change' });
    assert.deepStrictEqual(names(), ['Rising lakes', 'Rising plains', 'Rising rivers']);
  });

  it('gives the status bar its counts, and says why links are not rechecked', () => {
    const { docs, service, dir } = setUp();
    const uri = uriOf(dir, 'a.md');
    docs.open(uri, 'A claim[^1].\n\n[^1]: A report without a link.\n');
    const status = service.status(uri)!;
    assert.strictEqual(status.notes, 1);
    assert.strictEqual(status.linksPending, 0);
    assert.deepStrictEqual(service.recheckLinks(uri), { rechecking: 0, reason: 'off' });
    service.setTrusted(false);
    service.applySettings({ checkLinks: true });
    service.reset();
    assert.deepStrictEqual(service.recheckLinks(uri), { rechecking: 0, reason: 'untrusted' });
    assert.strictEqual(service.status(uriOf(dir, 'not-open.md')), null);
  });
});

describe('the language service, switched off or counting', () => {
  it('gives no problems for a closed report while the extension is turned off (foresight.enable: false)', () => {
    const { service, dir } = setUp();
    fs.writeFileSync(path.join(dir, 'a.md'), 'A claim[^1].\n');
    const uri = uriOf(dir, 'a.md');
    assert.deepStrictEqual(
      service.closedFileDiagnostics(uri).map((d) => d.code),
      ['undefined-footnote'],
    );
    service.applySettings({ enable: false });
    service.reset();
    assert.deepStrictEqual(service.closedFileDiagnostics(uri), []);
  });

  it('checks closed Quarto and R Markdown reports of the workspace as it checks Markdown ones', () => {
    const { service, dir } = setUp();
    fs.writeFileSync(path.join(dir, 'paper.qmd'), 'A claim[^1].\n');
    fs.writeFileSync(path.join(dir, 'notes.Rmd'), 'Another[^2].\n');
    fs.writeFileSync(path.join(dir, 'script.R'), 'x[^3]\n');
    assert.deepStrictEqual(
      service
        .closedReports()
        .map((u) => path.basename(URI.parse(u).fsPath))
        .sort(),
      ['notes.Rmd', 'paper.qmd'],
    );
    assert.deepStrictEqual(
      service.closedFileDiagnostics(uriOf(dir, 'paper.qmd')).map((d) => d.code),
      ['undefined-footnote'],
    );
  });

  it('counts each file of a workspace check once, whether it is open or closed', () => {
    const { docs, service, dir } = setUp();
    for (const name of ['a.md', 'b.md', 'c.md']) fs.writeFileSync(path.join(dir, name), 'Text.\n');
    docs.open(uriOf(dir, 'a.md'), 'Text.\n');
    docs.open('untitled:Untitled-1', 'Text.\n');
    assert.strictEqual(service.checkedFileCount(), 4, 'a.md (open), untitled, b.md and c.md (closed)');
  });
});

describe('the language service in a run over many files (the CLI)', () => {
  it('gives a file the same problems as the editor does, through model, one link run and rules', async () => {
    const { docs, service, dir } = setUp();
    const text = report('# Entry', '', '## What is it?', '', 'A claim[^1] and[^2].', '', '[^1]: Ibid.', '');
    const uri = uriOf(dir, 'a.md');
    const prepared = service.prepareFile(uri, text);
    assert.ok(!('failure' in prepared));
    assert.strictEqual(await service.checkLinksOf([prepared]), undefined, 'no file wants its links checked');
    const result = service.finishFile(prepared);
    assert.ok(!('failure' in result));
    docs.open(uri, text);
    const inEditor = service.diagnosticsFor(uri).map((d) => `${d.code}@${d.range.start.line}`);
    assert.ok(inEditor.includes('undefined-footnote@9') && inEditor.includes('missing-section@5'), inEditor.join());
    const lines = result.model.md.lineStarts;
    const line = (offset: number): number => {
      let l = 0;
      while (l + 1 < lines.length && lines[l + 1] <= offset) l++;
      return l;
    };
    assert.deepStrictEqual(
      result.problems.map((p) => `${p.rule}@${line(p.start)}`),
      inEditor,
    );
  });

  it('checks every file against the run’s template and config file, and front matter still names its own template', () => {
    const docs = new MemoryDocuments();
    const service = new LanguageService(
      docs,
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
      { template: 'force-of-change' },
    );
    const dir = makeTempDir('foresight-service-');
    const configDir = makeTempDir('foresight-service-config-');
    fs.writeFileSync(path.join(configDir, 'team.yml'), 'rules:\n  undefined-footnote: off\n');
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'rules:\n  undefined-footnote: error\n');
    const loaded = service.workspace.useConfigFile(path.join(configDir, 'team.yml'))!;
    assert.deepStrictEqual(loaded.problems, []);
    const rulesOf = (name: string, text: string): string[] => {
      const prepared = service.prepareFile(uriOf(dir, name), text);
      assert.ok(!('failure' in prepared));
      const result = service.finishFile(prepared);
      assert.ok(!('failure' in result));
      return [...new Set(result.problems.map((p) => p.rule))];
    };
    assert.deepStrictEqual(
      rulesOf('plain.md', '# Entry\n\nA claim[^9].\n'),
      ['missing-metadata', 'missing-section'],
      'the run’s template, and its config turns the rule off',
    );
    assert.deepStrictEqual(rulesOf('own.md', '---\ntemplate: nope\n---\n# Entry\n\nText.\n'), ['unknown-template']);
  });

  it('reports a file stopped past the timeout as its own failure, and checks the next one', () => {
    const { service, dir } = setUp();
    service.applySettings({ checkTimeout: 0 });
    const stopped = service.prepareFile(uriOf(dir, 'a.md'), report('# Entry', '', 'Text.\n\n'.repeat(5000)));
    assert.ok('failure' in stopped && stopped.stopped, 'stopped at once with a timeout of 0');
    service.applySettings({ checkTimeout: 15 });
    const next = service.prepareFile(uriOf(dir, 'b.md'), report('# Entry', '', 'Text.'));
    assert.ok(!('failure' in next));
  });
});

describe('settings', () => {
  it('are made whole from whatever a client sends', () => {
    assert.deepStrictEqual(normaliseSettings(undefined), DEFAULT_SETTINGS);
    const s = normaliseSettings({ maxLiveSize: -1, checkTimeout: Number.NaN, checkLinks: 'yes' as unknown as boolean, links: undefined as never });
    assert.strictEqual(s.maxLiveSize, DEFAULT_SETTINGS.maxLiveSize);
    assert.strictEqual(s.checkTimeout, DEFAULT_SETTINGS.checkTimeout);
    assert.strictEqual(s.checkLinks, false);
    assert.deepStrictEqual(s.links, { allowPrivateAddresses: false });
  });
});
