import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../server/src/cli';
import { isReportDocument, isReportFileName, REPORT_GLOB } from '../../server/src/io/reportFiles';
import { joinLines } from '../support/helpers';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');

describe('Quarto and R Markdown reports', () => {
  it('are reports by file name: .md, .markdown, .qmd and .Rmd in any case, nothing else', () => {
    assert.deepStrictEqual(
      ['a.md', 'a.MD', 'a.markdown', 'a.Markdown', 'a.qmd', 'a.Rmd', 'a.rmd', 'a.txt', 'a.md.bak', 'qmd', 'a.Rmarkdown', 'a.mdx'].map(isReportFileName),
      [true, true, true, true, true, true, true, false, false, false, false, false],
    );
    assert.strictEqual(REPORT_GLOB, '**/*.{[mM][dD],[mM][aA][rR][kK][dD][oO][wW][nN],[qQ][mM][dD],[rR][mM][dD]}', 'watched in any case, as names are matched');
  });

  it('are reports in the editor by language id (Quarto and R Markdown extensions) or, without them, by file name', () => {
    assert.ok(isReportDocument('quarto', '/r/a.qmd'));
    assert.ok(isReportDocument('rmd', '/r/a.Rmd'));
    assert.ok(isReportDocument('plaintext', '/r/a.qmd'), 'no Quarto extension installed');
    assert.ok(!isReportDocument('python', '/r/a.py'));
  });

  it('are checked by the CLI in folders, with their code cells read as code', async () => {
    const dir = makeTempDir('foresight-qmd-');
    const cell = ['```{r}', 'x <- "[^9] @key"', '```'];
    fs.writeFileSync(path.join(dir, 'paper.qmd'), joinLines('---', 'title: A', '---', '', 'A claim[^1].', '', ...cell, ''));
    fs.writeFileSync(path.join(dir, 'notes.Rmd'), joinLines('Another[^2].', '', ...cell, '', '[^2]: https://e.org/2', '[^3]: https://e.org/3', ''));
    fs.writeFileSync(path.join(dir, 'data.txt'), 'Not a report[^4].\n');
    fs.writeFileSync(path.join(dir, 'post.markdown'), 'A Jekyll post[^5].\n');
    const r = await runCli(['.'], dir);
    assert.deepStrictEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' ').slice(0, 3).join(' ')),
      ['notes.Rmd:8:1 warning unused-footnote', 'paper.qmd:5:8 error undefined-footnote', 'post.markdown:1:14 error undefined-footnote'],
    );
  });

  it('activate the extension and enable its commands and preview button by language id or file name (package.json)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    for (const event of [
      'onLanguage:quarto',
      'onLanguage:rmd',
      'workspaceContains:**/*.markdown',
      'workspaceContains:**/*.qmd',
      'workspaceContains:**/*.Rmd',
    ]) {
      assert.ok(manifest.activationEvents.includes(event), event);
    }
    const whens: string[] = [
      ...manifest.contributes.commands.filter((c: { enablement?: string }) => c.enablement).map((c: { enablement: string }) => c.enablement),
      ...manifest.contributes.menus['editor/title'].map((m: { when: string }) => m.when),
    ];
    assert.ok(whens.length >= 2);
    for (const when of whens) {
      // `editorLangId =~ /…/ || resourceExtname =~ /…/`: each pattern as VS Code evaluates it.
      const [lang, ext] = [...when.matchAll(/=~ \/(.+?)\/(i?)(?= \|\||$)/g)].map((m) => new RegExp(m[1], m[2]));
      assert.ok(['markdown', 'quarto', 'rmd'].every((id) => lang.test(id)) && !lang.test('python'), when);
      assert.ok(['.qmd', '.Rmd', '.QMD', '.rmd'].every((e) => ext.test(e)) && !ext.test('.py'), when);
    }
  });
});
