/** The extension's own words in English and French, with VS Code's mechanism (package.nls.json, package.nls.fr.json). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const read = (f: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, string>;

describe('package.json in English and French', () => {
  it('every %key% of package.json is in both catalogues, and each catalogue has only those keys', () => {
    const pkg = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const used = new Set([...pkg.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
    assert.ok(used.size >= 20, `${used.size} keys`);
    const en = read('package.nls.json');
    const fr = read('package.nls.fr.json');
    assert.deepStrictEqual(Object.keys(en).sort(), [...used].sort());
    assert.deepStrictEqual(Object.keys(fr).sort(), [...used].sort());
    for (const key of used) {
      assert.ok(en[key].trim() && fr[key].trim(), key);
      // The same code spans (setting names, rule codes) in both languages.
      assert.deepStrictEqual(fr[key].match(/`[^`]+`/g) ?? [], en[key].match(/`[^`]+`/g) ?? [], key);
    }
    const titles = [...used].filter((k) => k.startsWith('command.'));
    assert.ok(
      titles.every((k) => fr[k] !== en[k]),
      'every command title is translated',
    );
    assert.ok(JSON.parse(pkg).files.includes('package.nls.fr.json'), 'packaged');
  });
});

describe('the extension’s messages in French', () => {
  it('every vscode.l10n.t string of the client has a French translation with the same placeholders, and no other is kept', () => {
    const dir = path.join(root, 'client', 'src');
    const source = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const keys = new Set([...source.matchAll(/vscode\.l10n\.t\(\s*(['"])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2].replace(/\\(.)/g, '$1')));
    assert.ok(keys.size >= 10, `${keys.size} messages`);
    const fr = read('l10n/bundle.l10n.fr.json');
    assert.deepStrictEqual(Object.keys(fr).sort(), [...keys].sort());
    const holes = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
    for (const key of keys) assert.deepStrictEqual(holes(fr[key]), holes(key), key);
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).l10n, './l10n');
  });
});
