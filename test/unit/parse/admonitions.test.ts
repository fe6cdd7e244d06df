import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseConfig } from '../../../server/src/core/config/config';
import { parseMarkdown } from '../../../server/src/core/parse/markdown';
import { ConfigResolver, mkdocsExtensions } from '../../../server/src/io/configFiles';
import { configFrom, findings, joinLines } from '../../support/helpers';

const on = { admonitions: true, details: true };
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

  it('ends at the first line indented less than four spaces; opens at the left edge, ending a paragraph before it', () => {
    const after = parseMarkdown(joinLines('!!! note', '', '    Inside.', '', 'Outside[^1].', '', '[^1]: a'), undefined, on);
    assert.deepStrictEqual(
      after.refs.map((r) => r.rawLabel),
      ['1'],
    );
    // As in Python-Markdown, "!!! note" right after a paragraph's line starts the block: the note inside is defined.
    const split = parseMarkdown(joinLines('Some text.[^1]', '!!! note', '    [^1]: The note.'), undefined, on);
    assert.deepStrictEqual(split.undefinedRefs.length, 0);
    assert.strictEqual(split.defs.length, 1);
    // Indented, it is no title line; nor is a marker with nothing after it, or a title with no type after `!!!`.
    for (const line of ['  !!! note', '!!!', '!!! "Only a title"']) {
      assert.strictEqual(parseMarkdown(joinLines(line, '', '    code[^1]', '', '[^1]: a'), undefined, on).refs.length, 0, line);
    }
    // What Python-Markdown and pymdownx.details accept: no space, a type with digits, quotes in the title, a title alone.
    for (const line of ['!!!note', '!!! 2col', '!!! note "A "quoted" word"', '??? "Only a title"']) {
      assert.strictEqual(parseMarkdown(joinLines(line, '', '    text[^1]', '', '[^1]: a'), undefined, on).refs.length, 1, line);
    }
    // `???` only with pymdownx.details, `!!!` only with admonition.
    const both = joinLines('??? tip', '', '    A[^1].', '', '!!! note', '', '    B[^2].', '', '[^1]: a', '[^2]: b');
    assert.deepStrictEqual(
      parseMarkdown(both, undefined, { admonitions: true }).refs.map((r) => r.rawLabel),
      ['2'],
    );
    assert.deepStrictEqual(
      parseMarkdown(both, undefined, { details: true }).refs.map((r) => r.rawLabel),
      ['1'],
    );
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
      const read = (...lines: string[]): string => JSON.stringify(mkdocsExtensions(lines.join('\n')));
      const none = JSON.stringify({ admonitions: false, details: false });
      assert.strictEqual(
        read('markdown_extensions:', '- pymdownx.details', '- pymdownx.superfences:', '    custom_fences: !!python/name:x'),
        JSON.stringify({ admonitions: false, details: true }),
      );
      assert.strictEqual(read('markdown_extensions:', '  - "admonition"'), JSON.stringify({ admonitions: true, details: false }));
      assert.strictEqual(read('markdown_extensions:', '  - markdown.extensions.admonition'), JSON.stringify({ admonitions: true, details: false }));
      assert.strictEqual(
        read('markdown_extensions: [admonition, toc,', '  pymdownx.details]'),
        JSON.stringify({ admonitions: true, details: true }),
        'flow style',
      );
      assert.strictEqual(
        JSON.stringify(mkdocsExtensions('\uFEFFmarkdown_extensions:\r  - admonition\r')),
        JSON.stringify({ admonitions: true, details: false }),
        'BOM, CR',
      );
      assert.strictEqual(read('markdown_extensions:', '  - footnotes', 'plugins:', '  - admonition'), none, 'a plugin list is not');
      assert.strictEqual(
        read('markdown_extensions:', '  - pymdownx.superfences:', '      names:', '        - admonition'),
        none,
        'an option nested under an item is not',
      );
      assert.strictEqual(read('theme:', '  name: material', '# - admonition'), none);
    });
  });
});
