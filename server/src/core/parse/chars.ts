/** Character classes as micromark-util-character defines them. */

import { lazyRegExp } from '../text/letters';

export const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiAlphanumeric = (c: number): boolean => isAsciiAlpha(c) || isAsciiDigit(c);
export const isAsciiControl = (c: number): boolean => c < 32 || c === 127;
export const isAsciiPunctuation = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
/** Space or tab (markdownSpace). */
export const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;
export const isLineEnding = (c: number): boolean => c === 10 || c === 13;
export const isLineEndingOrSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

const unicodePunctuation = lazyRegExp(String.raw`\p{P}|\p{S}`, 'u');
const unicodeWhitespaceRe = /\s/;

/** Unicode punctuation or symbol, on a code point (-1 for end of input). */
export function isUnicodePunctuation(c: number): boolean {
  if (c < 0) return false;
  if (c < 128) return isAsciiPunctuation(c);
  return unicodePunctuation().test(String.fromCodePoint(c));
}

export function isUnicodeWhitespace(c: number): boolean {
  if (c < 0) return false;
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return unicodeWhitespaceRe.test(String.fromCodePoint(c));
}

/** Code point at `i` (surrogate pairs combined), -1 past the end. */
export function codePointAt(s: string, i: number, end = s.length): number {
  if (i >= end || i < 0) return -1;
  return s.codePointAt(i) as number;
}

/** The code point that ends just before `i`, -1 at the start. */
export function codePointBefore(s: string, i: number, start = 0): number {
  if (i <= start) return -1;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i - 2 >= start) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(i - 2) as number;
  }
  return low;
}

/** GFM label normalisation (micromark-util-normalize-identifier). */
export function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}
