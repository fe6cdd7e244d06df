import type { TranslationPair } from './translationDrift';
import type { CitationScope } from '../bib/scope';
import type { ForesightConfig } from '../config/config';
import type { LinkResult } from '../links/result';
import type { Messages } from '../messages';
import type { ReportModel } from '../model';
import type { Fix, Severity } from '../types';

export const RULES_DOC_URL = 'https://github.com/foresight-lint/foresight-lint/blob/main/docs/rules.md';

export interface Finding {
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
  /**
   * For rules whose findings differ in weight (dead-link): a level other than
   * the rule's default is this finding's own, capped by the configured
   * severity; findings at the default level take the configured severity.
   */
  severity?: Severity;
}

/** Results of the opt-in link check, by fetch URL; undefined while unknown. */
export type LinkLookup = (url: string) => LinkResult | undefined;

export interface RuleContext {
  model: ReportModel;
  config: ForesightConfig;
  /** Present only when link checking is on (and allowed). */
  links?: LinkLookup;
  /** The bibliographies the report's citations are looked up in; undefined when it has none. */
  citations?: CitationScope;
  /** The report's version in another language, read when a rule asks (README, "Bilingual reports"); undefined: none. */
  translation?: () => TranslationPair | undefined;
  /** Where the scanner stopped reading (the text's length when it read everything): findings at or past it are dropped, so a rule may stop there. */
  readEnd: number;
  /** The words of findings and fix titles, in the language of the check's locale (English unless asked). */
  messages: Messages;
  report(finding: Finding): void;
}

export interface Rule {
  code: string;
  defaultSeverity: Severity;
  description: string;
  /** Off until a config or setting gives it a severity (docs/rules.md); `defaultSeverity` is then what `true` means. */
  offByDefault?: boolean;
  /** Rules about sections and required metadata run only when a template applies. */
  needsTemplate: boolean;
  check(ctx: RuleContext): void;
}

export function ruleDocUrl(code: string): string {
  return `${RULES_DOC_URL}#${code}`;
}
