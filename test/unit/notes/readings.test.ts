import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../../server/src/core/checker';
import { NoteReadings, readNote } from '../../../server/src/core/notes/classify';
import { generateDocument, rng } from '../../support/generate';

describe('readings kept across checks (the server, on every edit)', () => {
  it('a note read before is not read again: the same reading comes back, and it is what readNote says', () => {
    const readings = new NoteReadings();
    const prose = 'Castell, M. *Borders of the Future*. Toronto: Lakeview Press, 2019.';
    const first = readings.read(prose, false);
    assert.strictEqual(readings.read(prose, false), first);
    assert.deepStrictEqual(first, readNote(prose, false));
    assert.notStrictEqual(readings.read(prose, true), first, 'a locator changes what a note is');
  });

  it('keeps at most its size, dropping the least recently used', () => {
    const readings = new NoteReadings(2);
    const a = readings.read('Ibid.', false);
    const b = readings.read('See section 3 above.', false);
    readings.read('Ibid.', false); // used again: b is now the oldest
    readings.read('Ortiz 2021, 14.', false);
    assert.strictEqual(readings.read('Ibid.', false), a);
    assert.notStrictEqual(readings.read('See section 3 above.', false), b);
  });

  it('a check with remembered readings finds exactly what a fresh check finds', () => {
    const readings = new NoteReadings();
    const r = rng(7);
    const examples = ['examples/para-diplomacy.md', 'examples/with-problems/entries.md'].map((f) =>
      fs.readFileSync(path.resolve(__dirname, '../../../..', f), 'utf8'),
    );
    for (const text of [...examples, ...Array.from({ length: 60 }, () => generateDocument(r))]) {
      const fresh = check(text).problems;
      assert.deepStrictEqual(check(text, { readings }).problems, fresh);
      assert.deepStrictEqual(check(text, { readings }).problems, fresh, 'and again, from memory');
    }
  });
});
