/** Label scanners shared by footnote calls, definitions and link references. */
import { isLineEndingOrSpace } from './chars';

/** micromark's limit on label length. */
export const LABEL_SIZE_MAX = 999;

/**
 * Scans a footnote label from `i` (just after `[^`) to its closing `]`.
 * Returns the offset after `]`, or -1 when GFM would not accept the label
 * (empty, whitespace, an unescaped `[`, or longer than 999 characters).
 */
export function scanFootnoteLabel(s: string, i: number, end: number): number {
  let size = 0;
  let data = false;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (size > LABEL_SIZE_MAX || c === 91 || isLineEndingOrSpace(c)) return -1;
    if (c === 93) return data ? i + 1 : -1;
    data = true;
    size++;
    i++;
    if (c === 92 && i < end) {
      const e = s.charCodeAt(i);
      if (e === 91 || e === 92 || e === 93) {
        size++;
        i++;
      }
    }
  }
  return -1;
}

/** Whether a definition could ever carry this (normalised) footnote identifier. */
export function isDefinableFootnoteId(id: string): boolean {
  return id.length > 0 && scanFootnoteLabel(id + ']', 0, id.length + 1) === id.length + 1;
}

/**
 * Scans a link label `[...]` starting at `s[i] === '['` (micromark's
 * factoryLabel). Returns the offset after `]`, or -1.
 */
export function scanLinkLabel(s: string, i: number, end: number): number {
  let size = 0;
  let seen = false;
  i++;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 91 || (c === 93 && !seen) || size > LABEL_SIZE_MAX) return -1;
    if (c === 93) return i + 1;
    if (!isLineEndingOrSpace(c)) seen = true;
    size++;
    i++;
    if (c === 92 && i < end) {
      const e = s.charCodeAt(i);
      if (e === 91 || e === 92 || e === 93) {
        size++;
        i++;
      }
    }
  }
  return -1;
}
