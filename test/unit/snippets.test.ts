import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../server/src/core/checker';
import { reportSkeleton, snippetsFor, entrySkeleton } from '../../server/src/core/templates/skeleton';
import { builtinTemplates } from '../../server/src/core/templates/templates';
import { configFrom } from '../support/helpers';

const root = path.resolve(__dirname, '../../..');

/** Expands a VS Code snippet body as if every placeholder were accepted as is. */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  const now = new Date();
  const vars: Record<string, string> = {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_MONTH: String(now.getMonth() + 1).padStart(2, '0'),
    CURRENT_DATE: String(now.getDate()).padStart(2, '0'),
  };
  body.replace(/\$\{(\d+):((?:\\.|[^\\}])*)\}/g, (_, n, d) => (defaults.set(n, d.replace(/\\(.)/g, '$1')), ''));
  body.replace(/\$\{(\d+)\|((?:\\.|[^\\|])*)\|\}/g, (_, n, d) => (defaults.set(n, d.split(',')[0]), ''));
  return body
    .replace(/\$\{(\d+):((?:\\.|[^\\}])*)\}/g, (_, n) => defaults.get(n) as string)
    .replace(/\$\{(\d+)\|((?:\\.|[^\\|])*)\|\}/g, (_, n) => defaults.get(n) as string)
    .replace(/\$\{([A-Z_]+)\}/g, (_, v) => vars[v] ?? '')
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a, b) => defaults.get(a ?? b) ?? '');
}

describe('snippets and report skeletons', () => {
  it('snippets/markdown.json is generated from the built-in templates (npm run snippets)', () => {
    const file = JSON.parse(fs.readFileSync(path.join(root, 'snippets/markdown.json'), 'utf8'));
    assert.deepStrictEqual(file, snippetsFor(builtinTemplates().values()));
  });

  it('has a report and an entry snippet per template, and a source-note snippet, with choices for steep and status', () => {
    const snippets = snippetsFor(builtinTemplates().values());
    // A report and an entry per template, in English and in French, and the source note.
    assert.strictEqual(Object.keys(snippets).length, builtinTemplates().size * 4 + 1);
    const report = snippets['Foresight report: signal'].body.join('\n');
    assert.match(report, /steep: \[\$\{\d+\|social,technological,economic,environmental,political,values,legal\|\}\]/);
    assert.match(report, /status: \$\{\d+\|draft,review,published\|\}/);
    assert.match(report, /horizon: \$\{\d+\|2035,2030-2040,10-15 years\|\}/);
  });

  for (const template of builtinTemplates().values()) {
    it(`the ${template.name} report snippet, expanded, passes the linter`, () => {
      const text = expandSnippet(snippetsFor([template])[`Foresight report: ${template.name}`].body.join('\n'));
      assert.deepStrictEqual(
        check(text).problems.map((p) => `${p.rule}: ${p.message}`),
        [],
      );
    });
  }

  it('generates a clean report and entry for a user template from .foresight.yml too', () => {
    const config = configFrom(
      'templates:\n  policy-brief:\n    sections: [Summary, "What is it?", Options, Recommendation]\n    metadata: [title, date, organisation]\n',
    );
    const template = config!.templates.get('policy-brief')!;
    const text = reportSkeleton(template, 'text');
    const problems = check(text, { config }).problems;
    assert.deepStrictEqual(
      problems.map((p) => p.rule),
      [],
    );
    assert.match(text, /^---\ntitle: "Report title"\ndate: \d{4}-\d{2}-\d{2}\norganisation: Organisation\n/);
    const withEntry = text.replace('## Notes', entrySkeleton(template, 'text') + '\n## Notes');
    assert.deepStrictEqual(
      check(withEntry, { config }).problems.map((p) => p.rule),
      [],
    );
  });
});
