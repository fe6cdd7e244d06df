/**
 * A string built by concatenation is a tree of pieces in V8 until first read. A string kept long (a problem's
 * message, a fix's text) is made one piece at once (reading a character does that): ten thousand kept
 * messages were megabytes of tree nodes (docs/reliability.md, peak memory).
 */
export function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}
