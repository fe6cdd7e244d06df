/** The pure checking entry point: text + config -> model -> problems. */
import type { NoteReadings } from './notes/classify';
import { citationScope, type BibliographyLoader, type CitationScope } from './bib/scope';
import { defaultConfig, type ForesightConfig } from './config/config';
import { applyEdits } from './fixes/edits';
import { buildModel, type ReportModel } from './model';
import { rules } from './rules';
import { messagesFor, type Language } from './messages';
import { MAX_BLOCKS, MAX_NOTES } from './parse/blocks';
import { MAX_INLINE_ITEMS } from './parse/markdown';
import type { Finding, LinkLookup } from './rules/rule';
import type { TranslationPair } from './rules/translationDrift';
import { CheckStopped, type ShouldStop } from './stop';
import type { Problem, Severity, SeveritySetting, TextEdit } from './types';
import { BitMarks } from './text/marks';
import { flat } from './text/flat';

export interface CheckOptions {
  config?: ForesightConfig;
  templateOverride?: string;
  /** Severity overrides on top of the config (editor settings). */
  severities?: Record<string, SeveritySetting>;
  /** Link check results (dead-link runs only when this is given). */
  links?: LinkLookup;
  /** Asked now and then: true ends the check with CheckStopped (a deadline, a cancelled request). */
  shouldStop?: ShouldStop;
  /** Only these rules run (fix-all needs only the rules with safe fixes). */
  only?: ReadonlySet<string>;
  /** Findings kept per rule; MAX_FINDINGS_PER_RULE unless given. */
  maxFindingsPerRule?: number;
  /** Readings of notes already read, kept by the caller across checks (the server). */
  readings?: NoteReadings;
  /** The report's file name or path (its language may be in it: `x.fr.md`). */
  fileName?: string;
  /** Reads the report's version in another language (translation-drift); undefined: it has none. */
  translation?: (model: ReportModel) => TranslationPair | undefined;
  /** Reads the bibliographies a report names (docs/citations.md); without it only `references:` in front matter are known. */
  bibliographies?: BibliographyLoader;
  /** The user's locale (`fr`, `fr-CA`, `fr_FR.UTF-8`…): findings and fix titles are in French for French, else in English. */
  locale?: string;
}

export interface CheckResult {
  model: ReportModel;
  /** The language the findings are worded in (from `CheckOptions.locale`): the editor's features word theirs alike. */
  language: Language;
  problems: Problem[];
  /** Rules that threw: reported once by the caller; the other rules still ran. */
  ruleErrors: Array<{ rule: string; error: Error }>;
  /** The bibliographies the report's citations were looked up in (undefined: none in scope). */
  citations?: CitationScope;
  /**
   * Set when part of the document was not read (past MAX_BLOCKS, MAX_NOTES or
   * MAX_INLINE_ITEMS) or a rule found more than MAX_FINDINGS_PER_RULE
   * problems: the adapters say so.
   */
  notice?: string;
}

/**
 * At most this many findings per rule and document are kept, and the rule
 * stops there; the notice says there were more. Nobody reads more, and each
 * costs memory (docs/parser.md, limits).
 */
export const MAX_FINDINGS_PER_RULE = 10_000;

/** Thrown by `report` past the limit: the rule stops there. */
const enough = new Error('enough findings');

export function severityOf(code: string, defaultSeverity: SeveritySetting, options: CheckOptions): SeveritySetting {
  return options.severities?.[code] ?? options.config?.rules[code] ?? defaultSeverity;
}

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The less severe of two levels. */
function weaker(a: Severity, b: Severity): Severity {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Rules whose findings need the whole document (a counterpart may be in the part not read). */
const WHOLE_DOCUMENT = new Set(['undefined-footnote', 'unused-footnote', 'footnote-order']);

/**
 * Runs the rules on a model and hands each finding that counts (in the part
 * read, within the limit per rule) to `keep`: the checker makes it a problem,
 * fix-all takes its safe fix at once and keeps nothing else.
 */
function runRules(
  model: ReportModel,
  options: CheckOptions,
  keep: (rule: string, severity: Severity, finding: Finding) => void,
): { ruleErrors: CheckResult['ruleErrors']; unlisted: string[]; citations?: CitationScope } {
  const config = options.config ?? defaultConfig();
  const ruleErrors: CheckResult['ruleErrors'] = [];
  const cut = model.md.truncatedAt;
  // Nothing is reported in the part not read: there the scanner does not know what is code, a link or prose.
  const readEnd = cut === undefined ? Infinity : (model.md.lineStarts[cut] ?? model.text.length);
  const most = options.maxFindingsPerRule ?? MAX_FINDINGS_PER_RULE;
  const unlisted: string[] = [];
  const messages = messagesFor(options.locale);
  // The bibliographies in scope, read once for every rule (undefined: the report cites nothing it could check).
  let citations: CitationScope | undefined;
  try {
    citations = citationScope(model, options.bibliographies);
  } catch (error) {
    if (error instanceof CheckStopped) throw error;
    ruleErrors.push({ rule: 'undefined-citation', error: error as Error });
  }
  for (const rule of rules) {
    if (options.shouldStop?.()) throw new CheckStopped();
    if (options.only && !options.only.has(rule.code)) continue;
    const severity = severityOf(rule.code, rule.offByDefault ? 'off' : rule.defaultSeverity, options);
    if (severity === 'off') continue;
    if (rule.needsTemplate && !model.template) continue;
    // A note defined or cited in the part not read would be reported missing or unused: those rules wait for the whole text.
    if (cut !== undefined && WHOLE_DOCUMENT.has(rule.code)) continue;
    let found = 0;
    const report = (f: Finding): void => {
      if (f.start >= readEnd) return;
      if (++found > most) throw enough;
      // Nor is anything edited there: a fix that reaches into the part not read is not offered.
      const finding = cut !== undefined && f.fixes ? { ...f, fixes: f.fixes.filter((fix) => fix.edits.every((e) => e.end < readEnd)) } : f;
      keep(rule.code, f.severity && f.severity !== rule.defaultSeverity ? weaker(f.severity, severity) : severity, finding);
    };
    try {
      rule.check({
        model,
        config,
        links: options.links,
        citations,
        translation: options.translation && (() => options.translation!(model)),
        readEnd: Math.min(readEnd, model.text.length),
        messages,
        report,
      });
    } catch (error) {
      if (error instanceof CheckStopped) throw error;
      if (error === enough) unlisted.push(messages.t('notice.too-many', { rule: rule.code, most: messages.count(most) }));
      else ruleErrors.push({ rule: rule.code, error: error as Error });
    }
  }
  return { ruleErrors, unlisted, citations };
}

export function checkModel(model: ReportModel, options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const cut = model.md.truncatedAt;
  const { ruleErrors, unlisted, citations } = runRules(model, options, (rule, severity, f) => {
    problems.push({ rule, severity, message: flat(f.message), start: f.start, end: f.end, fixes: f.fixes });
  });
  problems.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const messages = messagesFor(options.locale);
  const language = messages.language;
  if (cut === undefined)
    return unlisted.length
      ? { model, language, problems, ruleErrors, citations, notice: unlisted.join(' ') }
      : { model, language, problems, ruleErrors, citations };
  const by = model.md.truncatedBy;
  const why =
    by === 'inline'
      ? messages.t('notice.why-inline', { count: messages.count(MAX_INLINE_ITEMS) })
      : by === 'notes'
        ? messages.t('notice.why-notes', { count: messages.count(MAX_NOTES) })
        : messages.t('notice.why-blocks', { count: messages.count(MAX_BLOCKS) });
  // Cut on its first line (one line of 120,000 references): nothing was checked, and the notice says so.
  const checked = cut === 0 ? messages.t('notice.checked-nothing', { why }) : messages.t('notice.checked-lines', { line: cut, why });
  const notice = [checked, ...unlisted].join(' ');
  return { model, language, problems, ruleErrors, citations, notice };
}

/** The model of `text` under the check's options (its config, template, deadline and kept readings). */
function modelOf(text: string, config: ForesightConfig, options: CheckOptions): ReportModel {
  return buildModel(text, {
    config,
    templateOverride: options.templateOverride,
    shouldStop: options.shouldStop,
    readings: options.readings,
    fileName: options.fileName,
  });
}

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? defaultConfig();
  return checkModel(modelOf(text, config, options), { ...options, config });
}

/** The rules that offer safe fixes: all fix-all needs to run. */
const SAFE_FIX_RULES: ReadonlySet<string> = new Set(['link-artifact', 'footnote-order', 'invalid-url']);
/** Fixes per rule and round: ten rounds fix up to a million artifacts with bounded memory (as many as MAX_INLINE_ITEMS: an 8 MB file takes one round and a check). */
const FIX_ALL_PER_ROUND = 100_000;

/**
 * Applies the safe fixes (link artifacts, renumbering) until none is left,
 * re-checking after each round so that edits never overlap. Each finding's
 * safe fix is taken as the rule reports it, or left to the next round when it
 * overlaps one taken before (a fix is taken whole or not at all); no problem
 * is kept, which on an 8 MB file of 100,000 fixes was most of the memory.
 */
export function fixAll(text: string, options: CheckOptions = {}): { text: string; rounds: number } {
  let current = text;
  const config = options.config ?? defaultConfig();
  for (let round = 0; round < 10; round++) {
    const model = modelOf(current, config, options);
    // Taken characters are marked in one bit set: each test costs its edit's length.
    const taken = new BitMarks(current.length + 1);
    const edits: TextEdit[] = [];
    const free = (e: TextEdit): boolean => !taken.any(e.start, Math.max(e.end, e.start + 1));
    runRules(model, { ...options, config, only: SAFE_FIX_RULES, maxFindingsPerRule: FIX_ALL_PER_ROUND }, (_rule, _severity, f) => {
      for (const fix of f.fixes ?? []) {
        if (!fix.safe || !fix.edits.every(free)) continue;
        for (const e of fix.edits) {
          edits.push(e);
          taken.fill(e.start, Math.max(e.end, e.start + 1));
        }
      }
    });
    if (edits.length === 0) return { text: current, rounds: round };
    current = applyEdits(current, edits);
  }
  return { text: current, rounds: 10 };
}
