import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, joinLines, problemsOf, report } from '../../support/helpers';

describe('missing-section', () => {
  it('fires on an entry without "Why is it important?", at the entry heading', () => {
    const text = report('# Title', '', '## What is it?', '', 'Text.');
    assert.deepStrictEqual(findings(text, 'missing-section'), ['6:1 missing-section']);
  });

  it('is quiet when the sections are there, matched loosely (case, curly quotes, trailing ?, aliases)', () => {
    const text = report('# Title', '', '## WHAT IS IT', '', 'Text.', '', '## Why it matters:', '', 'Text.');
    assert.deepStrictEqual(findings(text, 'missing-section'), []);
  });

  it('reports each entry of a multi-entry report (one per H2), including entries with no section at all', () => {
    const text = report(
      '# Report',
      '',
      '## Entry A',
      '',
      '### What is it?',
      '',
      'a',
      '',
      '### Why is it important?',
      '',
      'b',
      '',
      '## Entry B',
      '',
      'No sections here.',
      '',
      '## Entry C',
      '',
      '### What is it?',
      '',
      'c',
    );
    assert.deepStrictEqual(findings(text, 'missing-section'), ['18:1 missing-section', '18:1 missing-section', '22:1 missing-section']);
  });

  it('sees setext headings as headings', () => {
    const text = report('Title', '=====', '', 'What is it?', '-----------', '', 'Text.', '', 'Why is it important?', '--------------------', '', 'Text.');
    assert.deepStrictEqual(findings(text, 'missing-section'), []);
  });

  it('does not see headings inside code blocks or HTML comments', () => {
    const text = report('# T', '', '## What is it?', '', 'x', '', '```', '## Why is it important?', '```', '', '<!--', '## Why is it important?', '-->');
    assert.deepStrictEqual(findings(text, 'missing-section'), ['6:1 missing-section']);
  });

  it('a report with none of its sections is reported at its title, for every section', () => {
    const text = report('# Para-diplomacy', '', '## Overview', '', 'a', '', '## Significance', '', 'b');
    assert.deepStrictEqual(findings(text, 'missing-section'), ['6:1 missing-section', '6:1 missing-section']);
    const noTitle = joinLines('---', 'template: force-of-change', '---', 'Just text.');
    assert.deepStrictEqual(findings(noTitle, 'missing-section'), ['1:1 missing-section', '1:1 missing-section']);
  });

  it('inserts the sections of a report that has none under its title, not under the next heading of its level', () => {
    const text = report('# Entry one', '', 'Text.', '', '# Entry two', '', 'Text.');
    const first = problemsOf(text, 'missing-section')[0];
    assert.match(first.message, /^Entry "Entry one" is missing the section "What is it\?"/);
    const once = applyEdits(text, first.fixes!.find((f) => f.title === 'Insert section "What is it?"')!.edits);
    assert.match(once, /# Entry one\n\nText\.\n\n## What is it\?\n\n_To be written\._\n\n# Entry two\n/);
    // Entry one now has the section; Entry two, its sibling, is an entry of its own. Inserting what is said to be
    // missing, one fix at a time, reaches a report with nothing missing.
    let fixed = once;
    for (let round = 0; round < 6; round++) {
      const problems = problemsOf(fixed, 'missing-section');
      if (!problems.length) break;
      assert.doesNotMatch(problems[0].message, /"Entry one" is missing the section "What is it\?"/);
      fixed = applyEdits(fixed, problems[0].fixes!.find((f) => f.title.startsWith('Insert section'))!.edits);
    }
    assert.deepStrictEqual(findings(fixed, 'missing-section'), []);
  });

  it('says "did you mean" for a heading close to a missing section or its alias, with a rename fix', () => {
    const text = report('# Para-diplomacy', '', '## What it is', '', 'a', '', '## Why its important', '', 'b');
    const problems = problemsOf(text, 'missing-section');
    assert.deepStrictEqual(
      problems.map((p) => p.message),
      [
        'Entry "Para-diplomacy" is missing the section "What is it?" (template force-of-change). Did you mean the heading "What it is"?',
        'Entry "Para-diplomacy" is missing the section "Why is it important?" (template force-of-change). Did you mean the heading "Why its important"?',
      ],
    );
    const rename = problems[0].fixes![0];
    assert.strictEqual(rename.title, 'Rename the heading "What it is" to "What is it?"');
    const fixed = applyEdits(applyEdits(text, rename.edits), []);
    assert.match(fixed, /\n## What is it\?\n/);
    assert.deepStrictEqual(findings(applyEdits(text, [...rename.edits, ...problems[1].fixes![0].edits]), 'missing-section'), []);
  });

  it('never runs without a template (an ordinary README)', () => {
    assert.deepStrictEqual(findings(joinLines('# README', '', '## Install', '', 'npm i'), 'missing-section'), []);
  });

  it('uses the whole file as the entry (line 1) when no heading holds the sections', () => {
    const text = report('## What is it?', '', 'Text.');
    assert.deepStrictEqual(findings(text, 'missing-section'), ['1:1 missing-section']);
  });

  it('back matter headings (Notes) are never entries', () => {
    const text = report('# T', '', '## What is it?', '', 'a', '', '## Why is it important?', '', 'b', '', '## Notes', '', '[^1]: x');
    assert.deepStrictEqual(findings(text, 'missing-section'), []);
  });

  it('offers a fix that inserts the section at the right place and level, which removes the problem', () => {
    const text = report(
      '# Report',
      '',
      '## A',
      '',
      '### Why is it important?',
      '',
      'b',
      '',
      '## B',
      '',
      '### What is it?',
      '',
      'x',
      '',
      '### Why is it important?',
      '',
      'y',
    );
    const [problem] = problemsOf(text, 'missing-section');
    const fix = problem.fixes![0];
    assert.strictEqual(fix.title, 'Insert section "What is it?"');
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('## A\n\n### What is it?\n\n_To be written._\n\n### Why is it important?'), fixed);
    assert.deepStrictEqual(findings(fixed, 'missing-section'), []);
    assert.deepStrictEqual(findings(fixed, 'empty-section'), []);
  });

  it('inserts a missing last section before the notes at the end', () => {
    const text = report('# T', '', '## What is it?', '', 'a[^1]', '', '[^1]: Source. https://example.org');
    const fixed = applyEdits(text, problemsOf(text, 'missing-section')[0].fixes![0].edits);
    assert.ok(fixed.includes('a[^1]\n\n## Why is it important?\n\n_To be written._\n\n[^1]:'), fixed);
    assert.deepStrictEqual(findings(fixed), []);
  });

  it('writes the line endings the file uses: CRLF, and CR alone', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = report('# T', '', '## What is it?', '', 'a[^1]', '', '[^1]: Source. https://example.org').replace(/\n/g, eol);
      const fixed = applyEdits(text, problemsOf(text, 'missing-section')[0].fixes![0].edits);
      assert.ok(fixed.includes(['a[^1]', '', '## Why is it important?', '', '_To be written._', '', '[^1]:'].join(eol)), JSON.stringify(fixed));
      assert.ok(!/\n/.test(eol === '\r' ? fixed : fixed.replace(/\r\n/g, '')), 'no other line ending');
    }
  });
});
