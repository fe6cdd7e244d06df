/**
 * Patterns from `.foresight.yml` (`sources.allowWithoutUrl`, `links.exclude`).
 * A cloned repository's config is untrusted input, read before anyone looks
 * at it: patterns run on RE2's linear-time engine (re2js, pure JavaScript),
 * so no pattern can stall the checker, whatever the text. RE2 syntax is
 * JavaScript's without backreferences and lookaround (docs/rules.md#config).
 */
import { RE2JS } from 're2js';

export interface UserPattern {
  /** The pattern as written in the config. */
  readonly source: string;
  /** Case-insensitive search anywhere in `text` (its first 64 KB). */
  test(text: string): boolean;
}

/** Longer texts are searched only so far: a note or URL past this is not what a pattern is written for. */
const MAX_INPUT = 64 * 1024;

/** A pattern, or why it cannot be one (a `config` problem). */
export function compilePattern(source: string): UserPattern | { error: string } {
  if (source.length > 1000) return { error: 'patterns are limited to 1000 characters' };
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    const message = (e as Error).message.replace(/^error parsing regexp:\s*/i, '');
    const hint = /\\\d|\(\?[=!<]|\(\?<[=!]/.test(source) ? ' (backreferences and lookaround are not supported: patterns use RE2 syntax)' : '';
    return { error: `${message}${hint}` };
  }
  return {
    source,
    test: (text: string) => re.matcher(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).find(),
  };
}
