import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { readNote } from '../../../server/src/core/notes/classify';
import {
  LATIN1_MEMBERS,
  isLatin,
  NOT_LATIN,
  latinLetters,
  latinScope,
  lazyRegExp,
  letters,
  madeSoFar,
  narrowPattern,
  narrowSource,
  withWideVersions,
} from '../../../server/src/core/text/letters';

// Bundled to out/test/unit/text/.
const ROOT = path.resolve(__dirname, '../../../..');

function char(cp: number): string {
  return String.fromCodePoint(cp);
}

/** The Latin-1 members of `\p{name}` under `flags`, as V8 matches them. */
function derivedMembers(name: string, flags: string): number[] {
  const re = new RegExp(`^\\p{${name}}$`, flags);
  const out: number[] = [];
  for (let cp = 0; cp < 256; cp++) if (re.test(char(cp))) out.push(cp);
  return out;
}

function membersOf(ranges: string, flags: string): number[] {
  const re = new RegExp(`^[${ranges}]$`, flags);
  const out: number[] = [];
  for (let cp = 0; cp < 256; cp++) if (re.test(char(cp))) out.push(cp);
  return out;
}

/**
 * Notes as the repository writes them: every footnote definition's text in the examples and fixtures, and every
 * quoted string of twelve characters or more in the unit tests (the notes the classifier's tests read, and more).
 */
function notesInRepository(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(?:md|qmd|Rmd)$/.test(entry.name)) {
        for (const line of fs.readFileSync(full, 'utf8').split('\n')) {
          const m = /^\[\^[^\]]+\]:\s*(.+)$/.exec(line);
          if (m) out.push(m[1]);
        }
      } else if (entry.name.endsWith('.test.ts')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/'((?:[^'\\\n]|\\.){12,})'/g)) out.push(m[1].replace(/\\(.)/g, '$1'));
      }
    }
  };
  walk(path.join(ROOT, 'examples'));
  walk(path.join(ROOT, 'test', 'fixtures'));
  walk(path.join(ROOT, 'test', 'unit'));
  // Each note once: the same string read twice proves nothing more, and the tests quote many notes again and again.
  return [...new Set(out)];
}

/** `re` with the g flag, to find every match: compiled once per pattern, not once per note. */
const globalVersions = new Map<RegExp, RegExp>();
function globalVersion(re: RegExp): RegExp {
  let all = globalVersions.get(re);
  if (all === undefined) {
    all = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalVersions.set(re, all);
  }
  return all;
}

/** Every match of `re` in `text`, with where it is and its groups: what test, exec, replace, split and match are made of. */
function matches(re: RegExp, text: string): unknown[] {
  return [...text.matchAll(globalVersion(re))].map((m) => ({ index: m.index, found: [...m], groups: m.groups }));
}

// Pieces of citations and asides, with the Latin-1 characters at the edges of the letter classes (ª º µ ß ÿ, and
// × ÷ which sit among the letters but are not), punctuation beyond Latin-1, and accents typed as combining marks.
const piece = fc.constantFrom(
  'Smith',
  'Ibid.',
  'Id.',
  'p. 12',
  'pp. 3–9',
  '(2019)',
  '2019',
  'Press',
  'University Press',
  'accessed',
  '*Title of a Book*',
  '_Le Monde_',
  '“A Quoted Title”',
  '"Plain"',
  'Éditions',
  'Gallimard',
  'Straße',
  'ÿ',
  'µ',
  '×',
  '÷',
  'ª',
  'º',
  'Ø',
  'e\u0301',
  '–',
  '—',
  '…',
  '’',
  ' ',
  ' ',
  ', ',
  '. ',
  '; ',
  ': ',
  'Vol.',
  'v.',
  'U.S.',
  '§',
  '¶',
  '12',
  '3',
  'see',
  'See also',
  'op. cit.',
  'supra note 4',
  'et al.',
  'was',
  'in',
  'Annex B',
  '[@key]',
  '@smith2020',
  'Act 2010',
  'R v Jones',
  '524 U.S. 321',
  'interview with',
  'Doe, J.',
  '(Paris: Seuil, 1990)',
);
const latinNote = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('letter classes narrowed to Latin-1 (LetterRegExp)', () => {
  it('the Latin-1 members of \\p{L}, \\p{Lu} and \\p{Ll} are those V8 matches, with u and with iu', () => {
    for (const [name, members] of Object.entries(LATIN1_MEMBERS)) {
      assert.deepStrictEqual(membersOf(members.u, 'u'), derivedMembers(name, 'u'), `${name} u`);
      assert.deepStrictEqual(membersOf(members.iu, 'iu'), derivedMembers(name, 'iu'), `${name} iu`);
      // The same members without the u flag, as Latin patterns are compiled.
      assert.deepStrictEqual(membersOf(members.u, ''), derivedMembers(name, 'u'), `${name} without u`);
      assert.deepStrictEqual(membersOf(members.iu, 'i'), derivedMembers(name, 'iu'), `${name} i without u`);
    }
  });

  it('in Latin-1, case-insensitive matching is the same with and without the u flag', () => {
    for (let a = 0; a < 256; a++) {
      const escaped = `\\x${a.toString(16).padStart(2, '0')}`;
      const withU = new RegExp(`^${escaped}$`, 'iu');
      const withoutU = new RegExp(`^${escaped}$`, 'i');
      for (let b = 0; b < 256; b++) assert.strictEqual(withoutU.test(char(b)), withU.test(char(b)), `${a} ${b}`);
    }
  });

  it('drops the u flag only from patterns that are Latin themselves', () => {
    assert.deepStrictEqual(narrowPattern(String.raw`\bibíd\b`, 'iu'), { source: String.raw`\bibíd\b`, flags: 'i' });
    assert.deepStrictEqual(narrowPattern(String.raw`\p{Lu}’s`, 'gu'), { source: `[${LATIN1_MEMBERS.Lu.u}]’s`, flags: 'g' });
    // A letter beyond Latin-1, an escape that may name one, an astral character: the u flag stays.
    assert.strictEqual(narrowPattern('Mahābhārata', 'iu')?.flags, 'iu');
    assert.strictEqual(narrowPattern(String.raw`\u017f`, 'iu')?.flags, 'iu');
    assert.strictEqual(narrowPattern('\u{1F600}', 'u')?.flags, 'u');
  });

  it('text called Latin holds, beyond Latin-1, only characters no letter class matches and no case changes', () => {
    // Case-insensitive: nothing that case-folds to a letter either.
    const letter = /\p{L}/iu;
    let checked = 0;
    for (let cp = 256; cp < 0x10000; cp++) {
      const c = char(cp);
      if (!isLatin(c)) continue;
      checked++;
      assert.ok(!letter.test(c), `U+${cp.toString(16)} is a letter`);
      assert.strictEqual(c.toLowerCase(), c, `U+${cp.toString(16)} has a lower case`);
      assert.strictEqual(c.toUpperCase(), c, `U+${cp.toString(16)} has an upper case`);
    }
    assert.ok(checked > 1000, `${checked} characters`);
    assert.ok(latinLetters('Éditions Gallimard, “Straße” — 12 µm × 3'));
    assert.ok(latinLetters('Cre\u0301dit'));
    for (const foreign of ['Łódź', 'Αθήνα', 'Москва', '北京', 'ſ', '\u212a', '\u0345', 'ẞ', 'Ÿ', '\u{1F600}', '々']) {
      assert.ok(!latinLetters(`Paris ${foreign}`), foreign);
    }
  });

  it('narrows letter classes inside and outside character classes, and leaves escapes and other classes alone', () => {
    assert.strictEqual(narrowSource(String.raw`\p{Lu}x`, false), `[${LATIN1_MEMBERS.Lu.u}]x`);
    assert.strictEqual(narrowSource(String.raw`[\p{L}'-]`, false), `[${LATIN1_MEMBERS.L.u}'-]`);
    assert.strictEqual(narrowSource(String.raw`[^\p{Ll}\d]`, true), `[^${LATIN1_MEMBERS.Ll.iu}\\d]`);
    // An escaped backslash followed by "p{L}" is text; an escaped "[" opens no class.
    assert.strictEqual(narrowSource(String.raw`\\p{L}`, false), String.raw`\\p{L}`);
    assert.strictEqual(narrowSource(String.raw`\[\p{L}`, false), `\\[[${LATIN1_MEMBERS.L.u}]`);
    assert.strictEqual(narrowSource(String.raw`[\]\p{L}]\p{L}`, false), `[\\]${LATIN1_MEMBERS.L.u}][${LATIN1_MEMBERS.L.u}]`);
    // Other properties, and negated ones, are not narrowed: the pattern is then always used as written.
    assert.strictEqual(narrowSource(String.raw`\p{N}`, false), undefined);
    assert.strictEqual(narrowSource(String.raw`\P{L}`, false), undefined);
    const other = letters(String.raw`\p{Nd}+`, 'u');
    assert.strictEqual(other.narrowVersion(), null);
    assert.strictEqual(other.pick('12'), other.wideVersion());
  });

  it('narrows a pattern as a reading of it character by character does, for any pattern (edge cases: a trailing backslash)', () => {
    // The reading as first written: one character at a time.
    const byCharacter = (source: string, ignoreCase: boolean): string | undefined => {
      let out = '';
      let inClass = false;
      for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
          const m = /^\\[pP]\{([^}]*)\}/.exec(source.slice(i));
          if (m) {
            const members = source[i + 1] === 'p' ? LATIN1_MEMBERS[m[1] as keyof typeof LATIN1_MEMBERS] : undefined;
            if (!members) return undefined;
            const ranges = ignoreCase ? members.iu : members.u;
            out += inClass ? ranges : `[${ranges}]`;
            i += m[0].length - 1;
          } else {
            out += source.slice(i, i + 2);
            i++;
          }
          continue;
        }
        if (c === '[' && !inClass) inClass = true;
        else if (c === ']' && inClass) inClass = false;
        out += c;
      }
      return out;
    };
    const part = fc.constantFrom('\\', '[', ']', '^', 'p', 'P', '{', '}', 'L', 'Lu', 'Ll', 'N', 'a', 'é', '\\p{L}', '\\p{Lu}', '\\P{L}', '\\\\');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), fc.boolean(), (parts, ignoreCase) => {
        const source = parts.join('');
        assert.strictEqual(narrowSource(source, ignoreCase), byCharacter(source, ignoreCase), source);
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    for (const re of madeSoFar())
      assert.strictEqual(narrowSource(re.source, re.flags.includes('i')), byCharacter(re.source, re.flags.includes('i')), re.source);
  });

  it('picks the narrow version for Latin text and the pattern as written for other text', () => {
    const re = letters(String.raw`^\p{Lu}\p{Ll}+$`, 'u');
    assert.strictEqual(re.pick('Paris'), re.narrowVersion());
    assert.strictEqual(re.pick('Łódź'), re.wideVersion());
    assert.ok(re.test('Paris') && re.test('Łódź') && re.test('Αθήνα') && !re.test('paris'));
    assert.deepStrictEqual('Łódź Paris'.split(letters(String.raw`\s`, 'u')), ['Łódź', 'Paris']);
    assert.strictEqual(
      'Łódź, Paris'.replace(letters(String.raw`\p{L}+`, 'gu'), (w) => w.length.toString()),
      '4, 5',
    );
    assert.deepStrictEqual('a Łb Pc'.match(letters(String.raw`\p{Lu}\p{Ll}`, 'gu')), ['Łb', 'Pc']);
    const g = letters(String.raw`\p{Lu}`, 'gu');
    assert.ok(g.test('A b') && g.test('A b'), 'test starts from the start each time, even with g');
    assert.deepStrictEqual(
      [...g.matchAll('A é Ö')].map((m) => m[0]),
      ['A', 'Ö'],
    );
  });

  // This test and the last of this suite are pure computation that grows with the notes the repository holds (about 3,700 distinct
  // notes × 118 patterns): a few seconds alone, several times that on a busy CI machine. They wait for nothing, so
  // their limit is only there to end a runaway, not to time them.
  it('every pattern of the note classifier finds the same in Latin text with both versions (notes of the repository and generated ones)', function () {
    this.timeout(180_000);
    const patterns = madeSoFar().filter((re) => re.narrowVersion() !== null);
    assert.ok(patterns.length >= 40, `${patterns.length} patterns`);
    const notes = notesInRepository().filter((n) => latinLetters(n));
    assert.ok(notes.length >= 1000, `${notes.length} notes`);
    for (const note of notes) {
      for (const re of patterns) {
        assert.deepStrictEqual(matches(re.narrowVersion() as RegExp, note), matches(re.wideVersion(), note), `${re.source} on ${note}`);
      }
    }
    fc.assert(
      fc.property(latinNote, (note) => {
        if (!latinLetters(note)) return;
        for (const re of patterns) {
          assert.deepStrictEqual(matches(re.narrowVersion() as RegExp, note), matches(re.wideVersion(), note), re.source);
          if (!re.flags.includes('g')) assert.deepStrictEqual(note.split(re.narrowVersion() as RegExp), note.split(re.wideVersion()), re.source);
        }
      }),
      { numRuns: 1500, seed: 20261130 },
    );
  });

  it('a lazy pattern is made once, when first asked for, and matches as the pattern as written', () => {
    const made: RegExp[] = [];
    const Original = RegExp;
    const punctuation = lazyRegExp(String.raw`\p{P}|\p{S}`, 'u');
    // (nothing is made before the first call: the RegExp constructor is watched from here on)
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args: [string, string]) {
        const re = new target(...args);
        made.push(re);
        return re;
      },
    });
    try {
      const first = punctuation();
      assert.strictEqual(punctuation(), first);
      assert.strictEqual(made.length, 1);
    } finally {
      globalThis.RegExp = Original;
    }
    for (const c of ['«', '€', '—', '¿', 'é', 'ß', ' ', '9']) assert.strictEqual(punctuation().test(c), /\p{P}|\p{S}/u.test(c), c);
  });

  it('in a Latin scope the narrow versions serve every piece of the text; outside it, and for other text, each text decides', () => {
    const re = letters(String.raw`\p{Lu}`, 'u');
    assert.strictEqual(
      latinScope('Paris', () => re.pick('Paris')),
      re.narrowVersion(),
    );
    assert.strictEqual(
      latinScope('Łódź', () => re.pick('Łódź')),
      re.wideVersion(),
    );
    assert.throws(() =>
      latinScope('Paris', () => {
        throw new Error('stop');
      }),
    );
    assert.strictEqual(re.pick('Łódź'), re.wideVersion(), 'the scope ends even when what ran in it threw');
    // Scopes nest: each has its own text's answer, and the outer one's comes back after.
    assert.deepStrictEqual(
      latinScope('Paris', () => [re.pick('Paris'), latinScope('Αθήνα', () => re.pick('Α')), re.pick('Paris')]),
      [re.narrowVersion(), re.wideVersion(), re.narrowVersion()],
    );
    assert.strictEqual(
      withWideVersions(() => re.pick('Paris')),
      re.wideVersion(),
    );
  });

  it('checks a note once, Latin or not, however many pieces of it the patterns match', () => {
    const calls = { n: 0 };
    const test = NOT_LATIN.test;
    NOT_LATIN.test = function (this: RegExp, s: string) {
      calls.n++;
      return test.call(this, s);
    };
    try {
      for (const last of ['x', 'Ω']) {
        calls.n = 0;
        const note = 'Smith, *Title*, 12; '.repeat(150) + last;
        assert.strictEqual(readNote(note).kind, 'short-citation');
        assert.ok(calls.n <= 3, `${calls.n} checks for a note ending in ${last}`);
      }
    } finally {
      NOT_LATIN.test = test;
    }
  });

  it('reads every note of the repository, and generated ones, exactly as with the patterns as written', function () {
    this.timeout(180_000);
    for (const note of notesInRepository()) {
      for (const hasLocator of [false, true]) {
        assert.deepStrictEqual(
          readNote(note, hasLocator),
          withWideVersions(() => readNote(note, hasLocator)),
          note,
        );
      }
    }
    fc.assert(
      fc.property(latinNote, (note) => {
        assert.deepStrictEqual(
          readNote(note),
          withWideVersions(() => readNote(note)),
        );
      }),
      { numRuns: 1500, seed: 20261130 },
    );
  });
});
