import * as assert from 'assert';
import { parseConfig } from '../../../server/src/core/config/config';
import { check } from '../../../server/src/core/checker';

describe('config', () => {
  const codes = (yaml: string): string[] => parseConfig(yaml).problems.map((p) => `${p.start}:${p.rule}:${p.message.split(' ')[0]}`);

  it('reports invalid YAML with its position', () => {
    const { problems } = parseConfig('rules:\n  a: [\n');
    assert.ok(problems.length > 0);
    assert.strictEqual(problems[0].rule, 'config');
  });

  it('reports unknown keys, rule codes, severities, bad patterns and empty templates at their nodes', () => {
    const yaml = 'colour: red\nrules:\n  nope: error\n  footnote-order: loud\nsources:\n  allowWithoutUrl: ["("]\ntemplates:\n  empty:\n    optional: [A]\n';
    const problems = parseConfig(yaml).problems;
    assert.deepStrictEqual(
      problems.map((p) => yaml.slice(p.start, p.end)),
      ['colour', 'nope', 'loud', '"("', 'empty'],
    );
    assert.ok(codes(yaml).every((c) => c.includes(':config:')));
  });

  it('falls back to the defaults when the YAML is broken', () => {
    const { config } = parseConfig('template: [');
    assert.strictEqual(config.template, undefined);
    assert.ok(config.templates.has('force-of-change'));
  });

  it('applies severities, off, user templates and the default template', () => {
    const { config, problems } = parseConfig(
      'template: brief\nrules:\n  missing-source-url: error\n  unused-footnote: off\ntemplates:\n  brief:\n    sections: [Summary, Options]\n    aliases: {Summary: [Executive summary]}\n    metadata: []\n',
    );
    assert.deepStrictEqual(problems, []);
    const result = check('# Brief\n\n## Executive summary\n\nA[^1].\n\n[^1]: Ortiz, L. "Cities Abroad." 2014.\n[^2]: Unused. https://e.org/u\n', { config });
    assert.deepStrictEqual(
      result.problems.map((p) => `${p.rule}:${p.severity}`),
      ['missing-section:error', 'missing-source-url:error'],
    );
  });

  it('front matter template wins over the config default', () => {
    const { config } = parseConfig('template: signal');
    const result = check('---\ntitle: T\ntemplate: force-of-change\n---\n# T\n\n## What is it?\n\nx\n\n## Why is it important?\n\ny\n', { config });
    assert.deepStrictEqual(result.problems, []);
  });

  it('reads links: check and exclude patterns, and reports bad ones at their nodes', () => {
    const ok = parseConfig('links:\n  check: true\n  exclude: ["^https://(www\\\\.)?jstor\\\\.org/", "doi\\\\.org/10\\\\.2307"]\n');
    assert.deepStrictEqual(ok.problems, []);
    assert.strictEqual(ok.config.links.check, true);
    assert.deepStrictEqual(
      ok.config.links.exclude.map((r) => r.source),
      ['^https://(www\\.)?jstor\\.org/', 'doi\\.org/10\\.2307'],
    );
    const yaml = 'links:\n  check: yes please\n  exclude: ["(", 5]\n  depth: 2\n';
    assert.deepStrictEqual(
      parseConfig(yaml).problems.map((p) => yaml.slice(p.start, p.end)),
      ['check', '"("', '5', 'depth'],
    );
    assert.deepStrictEqual(
      parseConfig('links:\n  exclude: jstor\n').problems.map((p) => p.message),
      ['`links.exclude` must be a list of patterns.'],
    );
  });

  it('runs patterns in linear time: a catastrophic pattern cannot stall a check', () => {
    const config = parseConfig('sources:\n  allowWithoutUrl: ["^(a+)+$"]\nlinks:\n  check: true\n  exclude: ["(x+x+)+y"]\n');
    assert.deepStrictEqual(config.problems, []);
    // With a backtracking engine each of these takes longer than the age of the universe.
    const note = 'a'.repeat(40) + '!';
    assert.strictEqual(config.config.sources.allowWithoutUrl[0].test(note), false);
    assert.strictEqual(config.config.links.exclude[0].test('https://e.org/' + 'x'.repeat(5000)), false);
    const text = `A[^1].\n\n[^1]: ${note}\n`;
    assert.ok(check(text, { config: config.config }).problems.every((p) => p.rule !== 'config'));
  });

  it('refuses backreferences and lookaround, saying why', () => {
    const { problems } = parseConfig('sources:\n  allowWithoutUrl: ["(a)\\\\1", "(?<=x)y"]\n');
    assert.strictEqual(problems.length, 2);
    for (const p of problems) assert.match(p.message, /^Invalid pattern: .*backreferences and lookaround are not supported: patterns use RE2 syntax\)\.$/);
  });
});
