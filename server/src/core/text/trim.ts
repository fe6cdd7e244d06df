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
