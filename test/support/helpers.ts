import { check, type CheckOptions } from '../../server/src/core/checker';
import { positionAt } from '../../server/src/core/text/lines';
import { parseConfig } from '../../server/src/core/config/config';
import type { Problem } from '../../server/src/core/types';

export const joinLines = (...lines: string[]): string => lines.join('\n');

export function configFrom(yaml: string): CheckOptions['config'] {
  const { config, problems } = parseConfig(yaml);
  if (problems.length) throw new Error(`bad test config: ${problems.map((p) => p.message).join('; ')}`);
  return config;
}

/** `line:column rule` (1-based) of every problem, optionally for one rule only. */
export function findings(text: string, rule?: string, options: CheckOptions = {}): string[] {
  const { problems, model } = check(text, options);
  return problems
    .filter((p) => !rule || p.rule === rule)
    .map((p) => {
      const { line, column } = positionAt(model.md.lineStarts, p.start);
      return `${line}:${column} ${p.rule}`;
    });
}

export function problemsOf(text: string, rule: string, options: CheckOptions = {}): Problem[] {
  return check(text, options).problems.filter((p) => p.rule === rule);
}

/** A force-of-change report with front matter, for section rules. */
export function report(...body: string[]): string {
  return joinLines('---', 'title: T', 'template: force-of-change', '---', '', ...body);
}
