import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseConfig } from '../../../server/src/core/config/config';
import { parseMarkdown } from '../../../server/src/core/parse/markdown';
import { ConfigResolver, enablesAdmonitions } from '../../../server/src/io/configFiles';
import { configFrom, findings, joinLines } from '../../support/helpers';

const on = { admonitions: true };
const withAdmonitions = (): { config: ReturnType<typeof configFrom> } => ({ config: configFrom('markdown: {admonitions: true}') });

/** A page of an MkDocs site: a note cited inside an admonition, as Python-Markdown renders it. */
const page = joinLines('# Case studies', '', '!!! example "A survey"', '', '    The survey found that tides rise.[^1]', '', '[^1]: Harbour Board, 2021.');

describe('admonitions (Python-Markdown, MkDocs)', () => {
  it('off by default: GFM reads the indented lines as code, so the note is never cited', () => {
    const md = parseMarkdown(page);
    assert.strictEqual(md.refs.length, 0);
    assert.strictEqual(md.literalSpans.length, 1, 'an indented code block');
    assert.deepStrictEqual(findings(page, 'unused-footnote'), ['7:1 unused-footnote']);
  });

  it('on: the content is Markdown, and the note inside it is cited', () => {
    const md = parseMarkdown(page, undefined, on);
    assert.deepStrictEqual(
      md.refs.map((r) => r.rawLabel),
      ['1'],
    );
    assert.strictEqual(md.literalSpans.length, 0);
    assert.deepStrictEqual(findings(page, 'unused-footnote', withAdmonitions()), []);
  });

  it('reads the collapsible forms, content right under the title line, nesting, and code inside', () => {
    const text = joinLines(
      '??? tip',
      '    A[^1].',
      '',
      '???+ note inline end "Open"',
      '',
      '    B[^2].',
      '',
      '    !!! warning',
      '',
      '        C[^3].',
      '',
      '            code [^4]',
      '',
      'D.',
      '',
      '[^1]: a',
      '[^2]: b',
      '[^3]: c',
      '[^4]: d',
    );
    const md = parseMarkdown(text, undefined, on);
    assert.deepStrictEqual(
      md.refs.map((r) => r.rawLabel),
      ['1', '2', '3'],
    );
    assert.strictEqual(md.literalSpans.length, 1, 'code four spaces deeper than the admonition is code');
  });

  it('ends at the first line indented less than four spaces, and a title line never interrupts a paragraph', () => {
    const after = parseMarkdown(joinLines('!!! note', '', '    Inside.', '', 'Outside[^1].', '', '[^1]: a'), undefined, on);
    assert.deepStrictEqual(
      after.refs.map((r) => r.rawLabel),
      ['1'],
    );
    // "!!! note" right after a paragraph's line is that paragraph's text; the indented line after it continues it.
    const lazy = parseMarkdown(joinLines('Some text', '!!! note', '', '    code[^1]', '', '[^1]: a'), undefined, on);
    assert.strictEqual(lazy.refs.length, 0);
    assert.strictEqual(lazy.literalSpans.length, 1);
    // Not a title line: nothing after the marker, or a title with no type.
    for (const line of ['!!!', '!!! "Only a title"', '!!!note']) {
      assert.strictEqual(parseMarkdown(joinLines(line, '', '    code[^1]', '', '[^1]: a'), undefined, on).refs.length, 0, line);
    }
  });

  it('reads every one of many admonitions, each citing a note', () => {
    const many = joinLines('!!! note "T"', '', '    A[^1].', '', '').repeat(2000) + '[^1]: S.';
    assert.strictEqual(parseMarkdown(many, undefined, on).refs.length, 2000);
    assert.strictEqual(parseMarkdown(many).refs.length, 0, 'as code, off');
  });

  it('.foresight.yml says markdown: {admonitions: true|false}; anything else is reported', () => {
    assert.strictEqual(parseConfig('markdown: {admonitions: true}').config.markdown.admonitions, true);
    assert.strictEqual(parseConfig('markdown: {admonitions: false}').config.markdown.admonitions, false);
    assert.strictEqual(parseConfig('rules: {}').config.markdown.admonitions, undefined);
    assert.deepStrictEqual(
      parseConfig('markdown: {admonition: yes}').problems.map((p) => p.message),
      ['Unknown or invalid key `markdown.admonition` (expected `admonitions: true|false`).'],
    );
  });

  describe('an mkdocs.yml above the file that enables them turns them on', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'foresight-mkdocs-'));
      fs.mkdirSync(path.join(dir, 'docs', 'cases'), { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('finds it, and a .foresight.yml that says otherwise wins', () => {
      const file = path.join(dir, 'docs', 'cases', 'survey.md');
      const resolver = new ConfigResolver();
      assert.strictEqual(resolver.forFile(file, dir).config.markdown.admonitions, undefined);
      fs.writeFileSync(
        path.join(dir, 'mkdocs.yml'),
        joinLines('site_name: Harbour', 'markdown_extensions:', '  - footnotes', '  - admonition', 'nav:', '  - index.md'),
      );
      resolver.clear();
      assert.strictEqual(resolver.forFile(file, dir).config.markdown.admonitions, true);
      fs.writeFileSync(path.join(dir, 'docs', '.foresight.yml'), 'markdown: {admonitions: false}\n');
      resolver.clear();
      assert.strictEqual(resolver.forFile(file, dir).config.markdown.admonitions, false);
    });

    it('reads the extension list line by line, Python tags and all', () => {
      assert.strictEqual(
        enablesAdmonitions(joinLines('markdown_extensions:', '- pymdownx.details', '- pymdownx.superfences:', '    custom_fences: !!python/name:x')),
        true,
      );
      assert.strictEqual(enablesAdmonitions(joinLines('markdown_extensions:', '  - "admonition"')), true);
      assert.strictEqual(enablesAdmonitions(joinLines('markdown_extensions:', '  - markdown.extensions.admonition')), true);
      assert.strictEqual(enablesAdmonitions(joinLines('markdown_extensions:', '  - footnotes', 'plugins:', '  - admonition')), false, 'a plugin list is not');
      assert.strictEqual(enablesAdmonitions(joinLines('theme:', '  name: material', '# - admonition')), false);
    });
  });
});
