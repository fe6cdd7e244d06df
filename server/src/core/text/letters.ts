/**
 * Regular expressions with Unicode letter classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`) that are cheap to compile.
 *
 * V8 spends about a tenth of a millisecond on each such class when it builds a pattern, and as much again when it
 * first runs it: the note classifier's patterns hold a few hundred, and compiling them was most of what a one-page
 * CLI run did (BENCHMARKS.md, "Whole process"). A `LetterRegExp` keeps a pattern in two versions: as written, and
 * with each letter class narrowed to its members in Latin-1 (U+0000 to U+00FF). Text in which no letter lies beyond
 * Latin-1 (one pass, `latinLetters`) is matched with the narrow version, which then finds exactly what the pattern as
 * written finds: the classes differ only on letters the text does not hold. Other text, in Greek, Cyrillic, Chinese
 * or with a Polish "ł", is matched with the pattern as written. Each version is compiled when first used.
 */

/**
 * The Latin-1 members of each letter class, as V8 matches them with the `u` flag alone, and with `iu` (where a class
 * also matches what case-folds to a member: `\p{Lu}` then matches "a" and "ß"). test/unit/text/letters.test.ts
 * derives them again from V8 and compares.
 */
export const LATIN1_MEMBERS: Record<string, { u: string; iu: string }> = {
  L: { u: 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff', iu: 'A-Za-z\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff' },
  Lu: { u: 'A-Z\\xc0-\\xd6\\xd8-\\xde', iu: 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff' },
  Ll: { u: 'a-z\\xb5\\xdf-\\xf6\\xf8-\\xff', iu: 'A-Za-z\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff' },
};

/**
 * Characters beyond Latin-1 that text may hold and still be matched by the narrow versions: none is a letter or has
 * a case, so no letter class of any version matches them and no case-insensitive pattern folds them. General
 * punctuation (dashes, curly quotes, ellipsis, U+2000 to U+206F), currency signs, arrows, mathematical and technical
 * signs, box drawing and shapes, CJK punctuation (the full stop and brackets), and combining accents (text typed on
 * a Mac often spells "é" as "e" and U+0301), except U+0345, which folds to a Greek letter.
 * test/unit/text/letters.test.ts checks each of them.
 */
// The combining accents are in the class one by one, on purpose: each is a character of its own here.
// eslint-disable-next-line no-misleading-character-class
export const NOT_LATIN = /[^\0-\xff\u0300-\u0344\u0346-\u036f\u2000-\u206f\u20a0-\u20c0\u2190-\u23ff\u2500-\u25ff\u3000-\u3004\u3008-\u3011]/;

/** Whether every character of `text` is one Latin text may hold (the search for one that is not stops at the first). */
export function isLatin(text: string): boolean {
  return !NOT_LATIN.test(text);
}

let lastText = '';
let lastLatin = true;
/** Inside `latinScope`: whether its text is Latin (then so is every piece of it); undefined outside. */
let scopeLatin: boolean | undefined;
let wideOnly = false;

/** Whether `text` has no letter beyond Latin-1 (and nothing that case-folds to one), so that narrow versions apply. */
export function latinLetters(text: string): boolean {
  if (scopeLatin !== undefined) return scopeLatin;
  if (text !== lastText) {
    lastText = text;
    lastLatin = isLatin(text);
  }
  return lastLatin;
}

/**
 * Runs `read` on `text`, which is checked once for all the strings `read` matches: `read` must only match pieces of
 * `text` and what it makes of them by removing characters or putting Latin ones in their place, so that they are
 * Latin when `text` is. Other text uses the patterns as written throughout, with no check per piece (a note of many
 * short citations in Greek would otherwise be scanned again for each).
 */
export function latinScope<T>(text: string, read: () => T): T {
  const outer = scopeLatin;
  scopeLatin = isLatin(text);
  try {
    return read();
  } finally {
    scopeLatin = outer;
  }
}

/** Runs `fn` with every pattern as written, never narrowed: for the tests that compare what both find. */
export function withWideVersions<T>(fn: () => T): T {
  wideOnly = true;
  try {
    return fn();
  } finally {
    wideOnly = false;
  }
}

const reProperty = /\\[pP]\{([^}]*)\}/y;
/** What narrowSource stops at: an escape, and the brackets of a class. */
const reSpecial = /[\\[\]]/g;

/**
 * `source` with each `\p{L}`, `\p{Lu}` and `\p{Ll}` narrowed to its Latin-1 members (a class of its own outside a
 * class, its ranges inside one); undefined when the pattern holds another property class, which is then always used
 * as written. One pass; an escape is copied with the character it escapes.
 */
export function narrowSource(source: string, ignoreCase: boolean): string | undefined {
  // (the text between escapes and brackets is copied in slices: a pattern is read at every start, in the interpreter)
  let out = '';
  let inClass = false;
  let copied = 0;
  reSpecial.lastIndex = 0;
  for (let m = reSpecial.exec(source); m !== null; m = reSpecial.exec(source)) {
    const i = m.index;
    const c = m[0];
    if (c === '\\') {
      reProperty.lastIndex = i;
      const p = reProperty.exec(source);
      if (p) {
        const members = source[i + 1] === 'p' ? LATIN1_MEMBERS[p[1]] : undefined;
        if (!members) return undefined;
        const ranges = ignoreCase ? members.iu : members.u;
        out += source.slice(copied, i) + (inClass ? ranges : `[${ranges}]`);
        copied = i + p[0].length;
      }
      // an escape is copied with the character it escapes
      reSpecial.lastIndex = Math.max(reSpecial.lastIndex, Math.min(i + 2, source.length), copied);
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
  }
  return out + source.slice(copied);
}
/**
 * The pattern for Latin text: its letter classes narrowed (`narrowSource`) and, when the pattern itself is Latin (its
 * characters are those Latin text may hold, with no `\u` escape), without the `u` flag. Case-insensitive patterns
 * compile several times faster without it, and on Latin text with a Latin pattern the two modes match alike: they
 * differ on characters beyond the Basic Multilingual Plane and on case folding of letters beyond Latin-1 (the Kelvin
 * sign matches "k" only with `u`), and neither is in the text or the pattern.
 */
export function narrowPattern(source: string, flags: string): { source: string; flags: string } | undefined {
  const narrowed = narrowSource(source, flags.includes('i'));
  if (narrowed === undefined) return undefined;
  const latin = isLatin(narrowed) && !narrowed.includes('\\u');
  return { source: narrowed, flags: latin ? flags.replace('u', '') : flags };
}

/**
 * A pattern with letter classes, used like a RegExp: `test` and `exec` (always from the start of the text, whatever
 * the flags), and the string methods `replace`, `split`, `match` and `search` through their well-known symbols
 * (`matchAll` is its own method: `re.matchAll(text)`).
 */
export class LetterRegExp {
  private wide: RegExp | undefined;
  private narrow: RegExp | null | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    made.push(this);
  }

  /** The version that matches `text`: the narrow one when the text allows it and the pattern has one. */
  pick(text: string): RegExp {
    const narrow = wideOnly ? null : this.narrowVersion();
    return narrow && latinLetters(text) ? narrow : this.wideVersion();
  }

  /** The pattern as written. */
  wideVersion(): RegExp {
    return (this.wide ??= new RegExp(this.source, this.flags));
  }

  /** The pattern for Latin text (`narrowPattern`); null when it has a property class it cannot narrow. */
  narrowVersion(): RegExp | null {
    if (this.narrow === undefined) {
      const narrow = narrowPattern(this.source, this.flags);
      this.narrow = narrow ? new RegExp(narrow.source, narrow.flags) : null;
    }
    return this.narrow;
  }

  test(text: string): boolean {
    const re = this.pick(text);
    re.lastIndex = 0;
    return re.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    const re = this.pick(text);
    re.lastIndex = 0;
    return re.exec(text);
  }

  matchAll(text: string): IterableIterator<RegExpMatchArray> {
    const re = this.pick(text);
    re.lastIndex = 0;
    return text.matchAll(re);
  }

  [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: unknown[]) => string)): string {
    return text.replace(this.pick(text), replacement as string);
  }

  [Symbol.split](text: string, limit?: number): string[] {
    return text.split(this.pick(text), limit);
  }

  [Symbol.match](text: string): RegExpMatchArray | null {
    return text.match(this.pick(text));
  }

  [Symbol.search](text: string): number {
    return text.search(this.pick(text));
  }
}

const made: LetterRegExp[] = [];

/** Every LetterRegExp made so far (the patterns of the modules loaded), for the tests that compare their versions. */
export function madeSoFar(): readonly LetterRegExp[] {
  return made;
}

/** A `LetterRegExp` from a pattern's source (write it with String.raw, or as a RegExp's `source`) and its flags. */
export function letters(source: string, flags: string): LetterRegExp {
  return new LetterRegExp(source, flags);
}

/**
 * A RegExp made when first asked for. V8 builds a pattern's property classes (`\p{P}`, `\p{N}` …) when the RegExp is
 * made, about a tenth of a millisecond each, and a run that never needs the pattern should not pay for it at start-up
 * (BENCHMARKS.md, "Whole process").
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= new RegExp(source, flags));
}
