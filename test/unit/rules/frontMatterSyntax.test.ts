import * as assert from 'assert';
import { check } from '../../../server/src/core/checker';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('front-matter-syntax', () => {
  it('fires on invalid YAML, at the error position', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'title: "open', 'x: y', '---', '# T'), 'front-matter-syntax'), ['4:1 front-matter-syntax']);
    assert.strictEqual(problemsOf(joinLines('---', 'title: "open', 'x: y', '---', '# T'), 'front-matter-syntax')[0].severity, 'error');
  });

  it('closes at a line "..." as Pandoc does: the notes after it are the text\'s, not the front matter\'s (round 19)', () => {
    const text = joinLines('---', 'title: "Tides"', 'template: signal', '...', '', '# T', '', 'Text.[^1]', '', '[^1]: A note.', '', '---', '', 'More.');
    assert.deepStrictEqual(findings(text, 'front-matter-syntax'), []);
    const { model } = check(text);
    assert.strictEqual(model.template?.name, 'signal');
    assert.deepStrictEqual(findings(text, 'undefined-footnote'), []);
    assert.deepStrictEqual(findings(text, 'unused-footnote'), []);
    // a second YAML document inside is said so in words, not in the YAML library's
    const [p] = problemsOf(joinLines('---', 'title: T', '--- # again', 'b: 2', '---', '# T'), 'front-matter-syntax');
    assert.strictEqual(p.message, 'Front matter: More than one YAML document (a line "---" or "..." inside it ends the first)');
  });

  it('fires on front matter that is not a mapping', () => {
    assert.deepStrictEqual(findings(joinLines('---', '- a', '- b', '---'), 'front-matter-syntax'), ['2:1 front-matter-syntax']);
  });

  it('a quoted title continued on an unindented line is a portability warning, and its fields are read', () => {
    const text = joinLines('---', 'title: "Cities as diplomats: what the', 'next decade holds"', 'template: signal', 'horizon: 2035', '---', '# T');
    const [p] = problemsOf(text, 'front-matter-syntax');
    assert.strictEqual(p.severity, 'warning');
    assert.match(p.message, /the common site generators read it; strict YAML parsers do not/);
    const { model } = check(text);
    assert.strictEqual(model.frontMatter?.fields.get('title')?.value, 'Cities as diplomats: what the next decade holds');
    assert.strictEqual(model.template?.name, 'signal');
    assert.deepStrictEqual(findings(text, 'missing-metadata'), []);
    // A blog post (no template, no .foresight.yml) whose generator reads it is fine as it is.
    const post = joinLines('---', 'title: "Cities as diplomats: what the', 'next decade holds"', 'layout: post', '---', '# T');
    assert.deepStrictEqual(findings(post, 'front-matter-syntax'), []);
  });

  it('is quiet on valid YAML, and on `---` that only looks like front matter (not closed, or not on line 1)', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'title: ok', '---'), 'front-matter-syntax'), []);
    assert.deepStrictEqual(findings(joinLines('---', 'title: "open'), 'front-matter-syntax'), []);
    assert.deepStrictEqual(findings(joinLines('', '---', 'title: "open', '---'), 'front-matter-syntax'), []);
  });
});
