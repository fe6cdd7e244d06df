/*
 * Trimming without regular expressions. A pattern such as /[ \t]+$/ or
 * /[ \t]*\n/g is tried at every position of a run of spaces and scans the run
 * each time: quadratic on one long run, which any file can hold (see
 * docs/reliability.md). These loops look at each character once.
 */

/** `text` without the characters of `chars` at its end. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Every line break of `text` with the spaces and tabs around it replaced by `separator` (what replacing the pattern `[ \t]*\n[ \t]*` everywhere would do, in linear time). */
export function joinLineBreaks(text: string, separator: string): string {
  if (!text.includes('\n')) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
    let end = i;
    while (end > from && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    parts.push(text.slice(from, end), separator);
    from = i + 1;
    while (from < text.length && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function isWhitespace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Every run of whitespace (what `\s` matches) as one space, like replacing
 * `\s+` with a space everywhere, but allocating only where something changes:
 * a global replace keeps every match of a long text in memory (300 MB for a
 * heading of 4 million words).
 */
export function collapseWhitespace(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWhitespace(text.charCodeAt(j))) j++;
    if (j - i > 1 || c !== 32) {
      parts.push(text.slice(from, i), ' ');
      from = j;
    }
    i = j;
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
