/**
 * Patterns from `.foresight.yml` (`sources.allowWithoutUrl`, `links.exclude`).
 * A cloned repository's config is untrusted input, read before anyone looks
 * at it: patterns run on RE2's linear-time engine (re2js, pure JavaScript),
 * so no pattern can stall the checker, whatever the text. RE2 syntax is
 * JavaScript's without backreferences and lookaround (docs/rules.md#config).
 */
import type { RE2JS } from 're2js';

// Loaded when a config has patterns: most runs have none (BENCHMARKS.md, "Whole process").
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when used
const re2 = (): typeof import('re2js') => require('re2js');

export interface UserPattern {
  /** The pattern as written in the config. */
  readonly source: string;
  /** Case-insensitive search anywhere in `text` (its first 64 KB). */
  test(text: string): boolean;
}

/** Longer texts are searched only so far: a note or URL past this is not what a pattern is written for. */
const MAX_INPUT = 64 * 1024;

/** Patterns longer than this are refused. */
export const MAX_PATTERN_LENGTH = 1000;

/**
 * Why a pattern cannot be one (a `config` problem, worded by config.ts): too long, or RE2's own words on it
 * (`detail`), `unsupported` when it uses what RE2 lacks (backreferences, lookaround). `error` says it in English.
 */
export interface PatternError {
  error: string;
  reason: 'too-long' | 'syntax' | 'unsupported';
  detail: string;
}

/** A pattern, or why it cannot be one (a `config` problem). */
export function compilePattern(source: string): UserPattern | PatternError {
  if (source.length > MAX_PATTERN_LENGTH) {
    const error = `patterns are limited to ${MAX_PATTERN_LENGTH} characters`;
    return { error, reason: 'too-long', detail: error };
  }
  let re: RE2JS;
  try {
    const { RE2JS: engine } = re2();
    re = engine.compile(source, engine.CASE_INSENSITIVE);
  } catch (e) {
    const message = (e as Error).message.replace(/^error parsing regexp:\s*/i, '');
    const unsupported = /\\\d|\(\?[=!<]|\(\?<[=!]/.test(source);
    const hint = unsupported ? ' (backreferences and lookaround are not supported: patterns use RE2 syntax)' : '';
    return { error: `${message}${hint}`, reason: unsupported ? 'unsupported' : 'syntax', detail: message };
  }
  return {
    source,
    test: (text: string) => re.matcher(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).find(),
  };
}
