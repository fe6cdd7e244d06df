import * as assert from 'assert';
import { rename, RenameError } from '../../server/src/features/navigation';
import { joinLines } from '../support/helpers';
import { analyse, positionOf } from '../support/features';

describe('rename a note label', () => {
  it('renames every reference and the definition', () => {
    const a = analyse(joinLines('A[^a] b[^A].', '', '[^a]: One. https://e.org/1'));
    const edit = rename(a, positionOf(a, '[^a]', 2), 'source');
    const edits = (edit!.documentChanges![0] as { edits: Array<{ newText: string }> }).edits;
    assert.deepStrictEqual(
      edits.map((e) => e.newText),
      ['source', 'source', 'source'],
    );
  });

  it('refuses a label another note or an undefined reference already claims', () => {
    const a = analyse(joinLines('A[^a] b[^b] c[^u].', '', '[^a]: One. https://e.org/1', '[^b]: Two. https://e.org/2'));
    assert.throws(
      () => rename(a, positionOf(a, '[^a]', 2), 'b'),
      (e: Error) => e instanceof RenameError && /already exists\.$/.test(e.message),
    );
    assert.throws(
      () => rename(a, positionOf(a, '[^a]', 2), 'u'),
      (e: Error) => e instanceof RenameError && /already exists \(cited, with no definition\)\./.test(e.message),
    );
  });

  it('refuses labels GFM would not accept', () => {
    const a = analyse(joinLines('A[^a].', '', '[^a]: One.'));
    assert.throws(() => rename(a, positionOf(a, '[^a]', 2), 'two words'), RenameError);
  });
});
