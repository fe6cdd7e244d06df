import * as assert from 'assert';
import { applyEdits } from '../../../server/src/core/fixes/edits';
import { findings, joinLines, problemsOf } from '../../support/helpers';

describe('link-artifact', () => {
  it('fires on web-copy debris, at the artifact', () => {
    assert.deepStrictEqual(findings('A link (link is external) here.\n', 'link-artifact'), ['1:8 link-artifact']);
    assert.deepStrictEqual(findings('Mail us(link sends email).\n', 'link-artifact'), ['1:8 link-artifact']);
  });

  it('is quiet inside code', () => {
    assert.deepStrictEqual(findings(joinLines('`(link is external)`', '', '```', '(external link)', '```'), 'link-artifact'), []);
  });

  it('its safe fix removes the artifact and nothing else', () => {
    const text = 'Source https://e.org/x (link is external) and more.\n';
    const fix = problemsOf(text, 'link-artifact')[0].fixes![0];
    assert.strictEqual(fix.safe, true);
    assert.strictEqual(applyEdits(text, fix.edits), 'Source https://e.org/x and more.\n');
  });

  it('only edits prose: never a link destination or title, an autolink, an HTML attribute or comment, a definition', () => {
    const text = joinLines(
      '[x](https://e.org/(link is external)) and [y](https://e.org/y "(external link)") and [z](<https://e.org/(link is external)>) and <https://e.org/(link is external)>',
      '<a href="https://e.org/(link is external)">a</a> <!-- (link is external) -->',
      '',
      '[d]: https://e.org/(link is external)',
    );
    assert.deepStrictEqual(findings(text, 'link-artifact'), []);
  });

  it('debris glued to a bare URL, as web copy leaves it, is prose', () => {
    const text = 'See http://e.org/articles/140091(link is external) now.\n';
    assert.deepStrictEqual(findings(text, 'link-artifact'), ['1:33 link-artifact']);
    assert.strictEqual(applyEdits(text, problemsOf(text, 'link-artifact')[0].fixes![0].edits), 'See http://e.org/articles/140091 now.\n');
  });
});
