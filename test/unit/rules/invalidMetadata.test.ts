import * as assert from 'assert';
import { metadataProblem } from '../../../server/src/core/rules/invalidMetadata';
import { findings, joinLines } from '../../support/helpers';

describe('invalid-metadata', () => {
  it('fires on a date that is not ISO, at the value', () => {
    assert.deepStrictEqual(findings(joinLines('---', 'date: 27/11/2026', '---'), 'invalid-metadata'), ['2:7 invalid-metadata']);
  });

  it('checks every known field and allows unknown ones', () => {
    assert.ok(metadataProblem('date', '2026-02-30'));
    assert.strictEqual(metadataProblem('date', '2026-02-28'), undefined);
    for (const ok of [2035, '2035', '2030-2040', '10-15 years', '5 years']) assert.strictEqual(metadataProblem('horizon', ok), undefined, String(ok));
    for (const bad of ['soon', '2040-2030', 'x years', true]) assert.ok(metadataProblem('horizon', bad), String(bad));
    assert.ok(metadataProblem('steep', ['social', 'spiritual']));
    assert.strictEqual(metadataProblem('steep', ['Social', 'values']), undefined);
    assert.ok(metadataProblem('status', 'final'));
    assert.ok(metadataProblem('authors', 'A. Author'));
    assert.strictEqual(metadataProblem('organisation', 'OECD'), undefined);
    assert.strictEqual(metadataProblem('organisation', ['OECD', 'UNDP']), undefined);
    assert.ok(metadataProblem('title', ''));
    assert.ok(metadataProblem('tags', 'a'));
    assert.strictEqual(metadataProblem('reviewer', 42), undefined);
  });
});
