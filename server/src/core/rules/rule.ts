import type { ForesightConfig } from '../config/config';
import type { ReportModel } from '../model';
import type { Fix, Severity } from '../types';

export const RULES_DOC_URL = 'https://github.com/foresight-lint/foresight-lint/blob/main/docs/rules.md';

export interface Finding {
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
}

export interface RuleContext {
  model: ReportModel;
  config: ForesightConfig;
  report(finding: Finding): void;
}

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  description: string;
  /** Rules about sections and required metadata run only when a template applies. */
  needsTemplate: boolean;
  check(ctx: RuleContext): void;
}

export function ruleDocUrl(code: string): string {
  return `${RULES_DOC_URL}#${code}`;
}
