/** The language service and the workspace around its documents: settings and .foresight.yml files on disk. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { LanguageService, type OpenDocument, type OpenDocuments } from '../../server/src/service';
import { makeTempDir } from '../support/tmp';

/** Open documents held in memory, as the server's synced documents would hold them. */
class MemoryDocuments implements OpenDocuments {
  private readonly docs = new Map<string, OpenDocument>();
  open(uri: string, text: string, version = 1): void {
    this.docs.set(uri, { uri, version, getText: () => text });
  }
  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }
  all(): OpenDocument[] {
    return [...this.docs.values()];
  }
}

function setUp(): { docs: MemoryDocuments; service: LanguageService; dir: string } {
  const docs = new MemoryDocuments();
  const service = new LanguageService(docs, { error: () => undefined, warn: () => undefined, linksChanged: () => undefined });
  const dir = makeTempDir('foresight-workspace-');
  service.workspace.setFolders([URI.file(dir).toString()]);
  return { docs, service, dir };
}

const uriOf = (dir: string, name: string): string => URI.file(path.join(dir, name)).toString();
const codes = (service: LanguageService, uri: string): string[] =>
  service.diagnosticsFor(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);

describe('the workspace of the language service', () => {
  it('applies the severities and the default template of new settings to open reports, once reset', () => {
    const { docs, service, dir } = setUp();
    const uri = uriOf(dir, 'a.md');
    docs.open(uri, '# T\n\n## What is it?\n\nx[^1]\n');
    assert.deepStrictEqual(codes(service, uri), ['5:2 undefined-footnote']);
    service.applySettings({ rules: { 'undefined-footnote': 'off' }, defaultTemplate: 'force-of-change' });
    service.reset();
    assert.deepStrictEqual(codes(service, uri), ['1:1 missing-metadata', '1:1 missing-section']);
  });

  it('diagnoses a closed .foresight.yml in the workspace, at its problem', () => {
    const { service, dir } = setUp();
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'template: force-of-change\nrules:\n  nope: error\n');
    const config = uriOf(dir, '.foresight.yml');
    assert.ok(service.closedReports().includes(config), 'a closed config file is checked with the closed reports');
    assert.deepStrictEqual(
      service.closedFileDiagnostics(config).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`),
      ['3:3 config'],
    );
  });

  it('reads a .foresight.yml changed on disk again once reset (as the server does when told of the change)', () => {
    const { docs, service, dir } = setUp();
    const configPath = path.join(dir, '.foresight.yml');
    fs.writeFileSync(configPath, 'rules: {}\n');
    const uri = uriOf(dir, 'a.md');
    docs.open(uri, '# T\n\n## What is it?\n\nx\n');
    assert.deepStrictEqual(codes(service, uri), []);
    fs.writeFileSync(configPath, 'template: force-of-change\n');
    service.reset();
    assert.deepStrictEqual(codes(service, uri), ['1:1 missing-metadata', '1:1 missing-section']);
  });
});
