import * as assert from 'assert';
import { FRONT_MATTER_FIELDS } from '../../../server/src/core/frontMatterFields';
import { metadataProblem } from '../../../server/src/core/rules/invalidMetadata';
import { configFrom, findings, joinLines } from '../../support/helpers';

const inScope = { config: configFrom('rules: {}') };

describe('invalid-metadata', () => {
  it('fires on a date that is not ISO in a report, at the value', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'template: signal', 'date: 27/11/2026', '---'), 'invalid-metadata'), ['3:7 invalid-metadata']);
    assert.deepStrictEqual(findings(joinLines('---', 'date: 27/11/2026', '---'), 'invalid-metadata', inScope), ['2:7 invalid-metadata']);
  });

  it('judges reports only: a blog post or an EIP is not one', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'date: 27/11/2026', 'status: Final', 'tags: design-meeting', '---'), 'invalid-metadata'), []);
    assert.deepStrictEqual(findings(joinLines('---', 'template: post', 'status: Living', '---'), 'invalid-metadata'), []);
  });

  it('accepts ISO 8601 dates and date-times as YAML and site generators write them', () => {
    for (const ok of [
      '2026-02-28',
      '2014-04-12T12:04:11-04:00',
      '2020-11-05 9:00:00',
      '2022-08-29  16:00:00',
      '2020-03-27T10:14:00-0600',
      '2022-04-21T19:00:00Z',
      '2022-04-21T19:00:00.123+01:00',
    ]) {
      assert.strictEqual(metadataProblem('date', ok), undefined, ok);
    }
    for (const bad of ['2026-02-30', '27/11/2026', '2026-11-27T25:00', 'soon', '`r`', '`python x`']) assert.ok(metadataProblem('date', bad), bad);
    // dates the renderer computes (R Markdown, Quarto)
    for (const ok of ['`r Sys.Date()`', "`r format(Sys.time(), '%d %B %Y')`", 'today', 'Last-modified', 'now'])
      assert.strictEqual(metadataProblem('date', ok), undefined, ok);
    assert.deepStrictEqual(findings(joinLines('---', 'date: 2014-04-12T12:04:11-04:00', '---'), 'invalid-metadata', inScope), []);
  });

  it('enumerations are case-insensitive', () => {
    for (const ok of ['draft', 'Draft', 'PUBLISHED', ' review ']) assert.strictEqual(metadataProblem('status', ok), undefined, ok);
    assert.strictEqual(metadataProblem('steep', ['Social', 'VALUES']), undefined);
    assert.ok(metadataProblem('status', 'final'));
  });

  it('checks every known field and allows unknown ones', () => {
    for (const ok of [2035, '2035', '2030-2040', '10-15 years', '5 years']) assert.strictEqual(metadataProblem('horizon', ok), undefined, String(ok));
    for (const bad of ['soon', '2040-2030', 'x years', true]) assert.ok(metadataProblem('horizon', bad), String(bad));
    assert.ok(metadataProblem('steep', ['social', 'spiritual']));
    assert.ok(metadataProblem('authors', 'A. Author'));
    // names in parts, as CSL, Pandoc and journal sites write them
    assert.strictEqual(
      metadataProblem('authors', [{ last: 'Reyes', first: 'Ada', email: 'ada@example.org' }, 'Ben Lund', { given: 'Ana', family: 'Ortiz' }]),
      undefined,
    );
    assert.strictEqual(metadataProblem('authors', [{ name: 'Harbour Lab' }, { literal: 'Tide Office' }]), undefined);
    // a group author named one level down, as some report sites write it; no deeper
    assert.strictEqual(metadataProblem('authors', [{ consortium: { name: 'The Harbour Initiative' }, institute: 'Tide Society' }]), undefined);
    assert.ok(metadataProblem('authors', [{ consortium: { consortium: { name: 'Harbour' } } }]));
    assert.ok(metadataProblem('authors', [{ consortium: 'x', given: 'Ada' }, { consortium: {} }].slice(1)));
    for (const bad of [[{ email: 'ada@example.org' }], [42], [['Ada']], [{ last: '' }], [{ given: 'Ada', family: ['Reyes', 'Lund'] }]])
      assert.ok(metadataProblem('authors', bad), JSON.stringify(bad));
    const parts = joinLines('---', 'authors:', '- last: Reyes', '  first: Ada', '  orcid: 0000-0001-0000-0000', '---');
    assert.deepStrictEqual(findings(parts, 'invalid-metadata', inScope), []);
    assert.strictEqual(metadataProblem('organisation', 'OECD'), undefined);
    assert.strictEqual(metadataProblem('organisation', ['OECD', 'UNDP']), undefined);
    assert.ok(metadataProblem('title', ''));
    assert.strictEqual(metadataProblem('tags', 'one-tag'), undefined);
    assert.ok(metadataProblem('tags', 42));
    assert.strictEqual(metadataProblem('reviewer', 42), undefined);
  });

  it('every field completion offers has a check, from the one list of fields', () => {
    for (const { key } of FRONT_MATTER_FIELDS) assert.ok(metadataProblem(key, { nested: true }), `${key} accepts anything`);
    assert.strictEqual(metadataProblem('unknown-key', { nested: true }), undefined, "unknown keys are the site generator's business");
  });
});
