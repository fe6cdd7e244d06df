/**
 * `.foresight.yml`: parsing and validation (pure: text in, config and
 * positioned problems out). Discovery on disk lives in discover.ts.
 */
import { isMap, isScalar, isSeq, parseDocument, visit, YAMLParseError, type Document, type Node, type Pair, type YAMLError, type YAMLMap } from 'yaml';
import { ruleCodes } from '../rules/codes';
import { worded, type MessageKey } from '../messages';
import { compilePattern, MAX_PATTERN_LENGTH, type PatternError, type UserPattern } from './pattern';
import { builtinTemplates, toTemplate, type RawLanguage } from '../templates/templates';
import { SEVERITIES, type Problem, type SeveritySetting, type Template } from '../types';
import { appendAll } from '../text/arrays';

export interface ForesightConfig {
  /** Default template for reports below the config's folder. */
  template?: string;
  rules: Record<string, SeveritySetting>;
  /** What counts as a source (docs/rules.md#missing-source-url): patterns of notes that need none, and the team's policy. */
  sources: { allowWithoutUrl: UserPattern[]; require: 'traceable' | 'link' };
  /** Built-in templates with the config's additions and overrides. */
  templates: Map<string, Template>;
  /** The opt-in link check: on/off, and URLs never fetched (patterns, case-insensitive). */
  links: { check: boolean; exclude: UserPattern[] };
  /** A `.foresight.yml` applies: the Markdown files below it are reports (docs/rules.md, "Which files are reports"). */
  inScope: boolean;
  /** Bibliographies for every report below, relative to the config's folder, unless a report names its own (docs/citations.md). */
  bibliography: string[];
  /** Files below the config's folder that are not checked at all: globs relative to it (README, "Configuration"). */
  ignore: string[];
  /**
   * Where each language's version of a report is, relative to the config's folder, `*` standing for the same part
   * in all (`{en: en/*.md, fr: fr/*.md}`): README, "Bilingual reports". Empty: by file name (`x.md`, `x.fr.md`).
   */
  translations: Record<string, string>;
  /**
   * Markdown beyond GFM that the site generator renders (docs/parser.md): `admonitions` (Python-Markdown's `!!! note`
   * blocks, MkDocs). Unset: found from an `mkdocs.yml` above the file that enables them (io/configFiles.ts).
   */
  markdown: { admonitions?: boolean; details?: boolean };
}

export function defaultConfig(): ForesightConfig {
  return {
    rules: {},
    sources: { allowWithoutUrl: [], require: 'traceable' },
    templates: new Map(builtinTemplates()),
    links: { check: false, exclude: [] },
    inScope: false,
    bibliography: [],
    ignore: [],
    translations: {},
    markdown: {},
  };
}

/**
 * A problem of the config, worded in English (`message`); its `key` and `params` say it in the user's language
 * (`wordProblem`, messages/index.ts), where it is shown: the config's diagnostics, the command line.
 */
export interface ConfigProblem extends Problem {
  key: MessageKey;
  params: Readonly<Record<string, string | number>>;
}

/** A problem's words, made by `worded` (messages/index.ts). */
type Words = Pick<ConfigProblem, 'message' | 'key' | 'params'>;

export interface LoadedConfig {
  config: ForesightConfig;
  /** `config` problems, with offsets in the config text. */
  problems: ConfigProblem[];
}

/** Larger configs are refused outright rather than parsed. */
export const MAX_CONFIG_BYTES = 128 * 1024;

export function parseConfig(text: string): LoadedConfig {
  const loaded = readConfig(text);
  // Even a broken config says that the files below it are reports.
  loaded.config.inScope = true;
  return loaded;
}

function readConfig(text: string): LoadedConfig {
  const config = defaultConfig();
  const problems: ConfigProblem[] = [];
  const report = (words: Words, node: { range?: [number, number, number] | null } | null | undefined, fallback = 0): void => {
    const range = node?.range;
    problems.push({
      rule: 'config',
      severity: 'error',
      ...words,
      start: range ? range[0] : fallback,
      end: range ? Math.max(range[1], range[0]) : fallback,
    });
  };
  if (text.length > MAX_CONFIG_BYTES) {
    report(worded('config.too-big', { size: Math.round(text.length / 1024), max: MAX_CONFIG_BYTES / 1024 }), null);
    return { config, problems };
  }
  // Duplicate keys are found in one pass below (the parser's own check compares every pair of keys).
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length === 0) reportDuplicateKeys(doc, doc.errors);
  if (doc.errors.length > 0) {
    for (const e of doc.errors.slice(0, 10)) {
      const start = Math.min(e.pos[0], text.length);
      problems.push({
        rule: 'config',
        severity: 'error',
        // The parser's own words stay as they are; the duplicate keys are this file's (reportDuplicateKeys).
        ...(e.code === 'DUPLICATE_KEY' ? worded('config.duplicate-key') : worded('config.invalid-yaml', { detail: firstLine(e.message) })),
        start,
        end: Math.max(start, Math.min(e.pos[1], text.length)),
      });
    }
    return { config: defaultConfig(), problems };
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    report(worded('config.not-a-mapping'), root as Node);
    return { config: defaultConfig(), problems };
  }
  for (const pair of (root as YAMLMap).items as Array<Pair<Node, Node>>) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    switch (key) {
      case 'template':
        if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) config.template = value.value.trim();
        else report(worded('config.template'), value ?? pair.key);
        break;
      case 'rules':
        readRules(value, config, report, pair.key);
        break;
      case 'sources':
        readSources(value, config, report, pair.key);
        break;
      case 'templates':
        readTemplates(value, config, report, pair.key);
        break;
      case 'links':
        if (isMap(value)) {
          for (const item of value.items as Array<Pair<Node, Node>>) {
            const k = isScalar(item.key) ? String(item.key.value) : '';
            if (k === 'check' && isScalar(item.value) && typeof item.value.value === 'boolean') config.links.check = item.value.value;
            else if (k === 'exclude') appendAll(config.links.exclude, patternList(item.value, item.key, 'links.exclude', report));
            else report(worded('config.links-key', { key: k, check: '`check: true|false`', exclude: '`exclude: [patterns]`' }), item.key);
          }
        } else report(worded('config.mapping-such-as', { key: 'links', example: '`{check: true}`' }), value ?? pair.key);
        break;
      case 'markdown':
        if (isMap(value)) {
          for (const item of value.items as Array<Pair<Node, Node>>) {
            const k = isScalar(item.key) ? String(item.key.value) : '';
            // `admonitions` covers both `!!!` (admonition) and `???` (pymdownx.details) blocks.
            if (k === 'admonitions' && isScalar(item.value) && typeof item.value.value === 'boolean')
              config.markdown = { admonitions: item.value.value, details: item.value.value };
            else report(worded('config.markdown-key', { key: k, admonitions: '`admonitions: true|false`' }), item.key);
          }
        } else report(worded('config.mapping-such-as', { key: 'markdown', example: '`{admonitions: true}`' }), value ?? pair.key);
        break;
      case 'bibliography': {
        const names = oneOrMore(value);
        if (names) config.bibliography = names;
        else report(worded('config.bibliography'), value ?? pair.key);
        break;
      }
      case 'translations':
        if (
          isMap(value) &&
          value.items.length >= 2 &&
          value.items.every(
            (i) => isScalar(i.key) && /^[a-z]{2,3}$/.test(String(i.key.value)) && isScalar(i.value) && /^[^*]*\*[^*]*$/.test(String(i.value.value)),
          )
        ) {
          for (const i of value.items as Array<Pair<Node, Node>>)
            config.translations[String((i.key as { value: unknown }).value)] = String((i.value as { value: unknown }).value);
        } else report(worded('config.translations', { example: '`{en: en/*.md, fr: fr/*.md}`' }), value ?? pair.key);
        break;
      case 'ignore': {
        const patterns = oneOrMore(value);
        if (patterns) config.ignore = patterns;
        else report(worded('config.ignore'), value ?? pair.key);
        break;
      }
      default:
        report(worded('config.unknown-key', { key }), pair.key);
    }
  }
  if (config.template && !config.templates.has(config.template)) {
    const node = (root as YAMLMap).get('template', true) as Node | undefined;
    report(worded('config.unknown-template', { template: config.template, templates: [...config.templates.keys()].join(', ') }), node);
    config.template = undefined;
  }
  return { config, problems };
}

type Report = (words: Words, node: Node | null | undefined) => void;

function readRules(value: Node | null, config: ForesightConfig, report: Report, keyNode: Node | null): void {
  if (!isMap(value)) {
    report(worded('config.rules'), value ?? keyNode);
    return;
  }
  for (const item of value.items as Array<Pair<Node, Node>>) {
    const code = isScalar(item.key) ? String(item.key.value) : '';
    if (!ruleCodes.includes(code)) {
      report(worded('config.unknown-rule', { code }), item.key);
      continue;
    }
    const raw = isScalar(item.value) ? item.value.value : undefined;
    const setting = raw === false ? 'off' : typeof raw === 'string' ? raw.toLowerCase() : undefined;
    if (!setting || !SEVERITIES.includes(setting as SeveritySetting)) {
      report(worded('config.severity', { code, severities: SEVERITIES.join(', ') }), item.value ?? item.key);
      continue;
    }
    config.rules[code] = setting as SeveritySetting;
  }
}

function readSources(value: Node | null, config: ForesightConfig, report: Report, keyNode: Node | null): void {
  if (!isMap(value)) {
    report(worded('config.mapping-such-as', { key: 'sources', example: '`{allowWithoutUrl: ["^Interview with"]}`' }), value ?? keyNode);
    return;
  }
  for (const item of value.items as Array<Pair<Node, Node>>) {
    const k = isScalar(item.key) ? String(item.key.value) : '';
    if (k === 'require') {
      const v = isScalar(item.value) ? item.value.value : undefined;
      if (v === 'traceable' || v === 'link') config.sources.require = v;
      else report(worded('config.sources-require'), item.value ?? item.key);
      continue;
    }
    if (k !== 'allowWithoutUrl') {
      report(worded('config.sources-key', { key: k }), item.key);
      continue;
    }
    appendAll(config.sources.allowWithoutUrl, patternList(item.value, item.key, 'sources.allowWithoutUrl', report));
  }
}

/** A YAML list of patterns (RE2 syntax, case-insensitive) at the key `name`; bad items are reported and left out. */
function patternList(node: Node | null | undefined, keyNode: Node, name: string, report: Report): UserPattern[] {
  if (!isSeq(node)) {
    report(worded('config.pattern-list', { name }), node ?? keyNode);
    return [];
  }
  const out: UserPattern[] = [];
  for (const p of node.items as Node[]) {
    if (!isScalar(p) || typeof p.value !== 'string') {
      report(worded('config.pattern-string', { name }), p);
      continue;
    }
    const pattern = compilePattern(p.value);
    if ('error' in pattern) report(patternProblem(pattern), p);
    else out.push(pattern);
  }
  return out;
}

/** Why a pattern is refused, in words: RE2's own (`detail`) as they come. */
function patternProblem(e: PatternError): Words {
  if (e.reason === 'too-long') return worded('config.pattern-too-long', { max: MAX_PATTERN_LENGTH });
  return worded(e.reason === 'unsupported' ? 'config.invalid-pattern.re2' : 'config.invalid-pattern', { detail: e.detail });
}

function stringList(node: Node | null | undefined, name: string, report: Report): string[] | undefined {
  if (!isSeq(node)) {
    report(worded('config.string-list', { name }), node);
    return undefined;
  }
  const out: string[] = [];
  for (const item of node.items as Node[]) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim()) out.push(String(item.value));
    else report(worded('config.string-list-item', { name }), item);
  }
  return out;
}

function readTemplates(value: Node | null, config: ForesightConfig, report: Report, keyNode: Node | null): void {
  if (!isMap(value)) {
    report(worded('config.templates'), value ?? keyNode);
    return;
  }
  for (const item of value.items as Array<Pair<Node, Node>>) {
    const name = isScalar(item.key) ? String(item.key.value) : '';
    const def = item.value;
    if (!name || !isMap(def)) {
      report(worded('config.template-mapping', { name }), def ?? item.key);
      continue;
    }
    const raw: {
      sections?: string[];
      optional?: string[];
      aliases?: Record<string, string[]>;
      metadata?: string[];
      description?: string;
      languages?: Record<string, RawLanguage>;
    } = {};
    let ok = true;
    for (const field of def.items as Array<Pair<Node, Node>>) {
      const k = isScalar(field.key) ? String(field.key.value) : '';
      const v = field.value;
      if (k === 'sections' || k === 'optional' || k === 'metadata') {
        const list = stringList(v, `templates.${name}.${k}`, report);
        if (list) raw[k] = list;
        else ok = false;
      } else if (k === 'aliases') {
        if (!isMap(v)) {
          report(worded('config.template-aliases', { name: `templates.${name}.aliases` }), v ?? field.key);
          ok = false;
          continue;
        }
        raw.aliases = {};
        for (const a of v.items as Array<Pair<Node, Node>>) {
          const list = stringList(a.value, `templates.${name}.aliases`, report);
          if (list && isScalar(a.key)) raw.aliases[String(a.key.value)] = list;
        }
      } else if (k === 'description') {
        if (isScalar(v) && typeof v.value === 'string') raw.description = v.value;
      } else if (k === 'languages') {
        const languages = readLanguages(v ?? field.key, `templates.${name}.languages`, report);
        if (languages) raw.languages = languages;
        else ok = false;
      } else {
        report(worded('config.template-key', { name, key: k }), field.key);
      }
    }
    if (!raw.sections || raw.sections.length === 0) {
      if (ok) report(worded('config.template-sections', { name }), (def.get('sections', true) as Node) ?? item.key);
      continue;
    }
    if (ok) config.templates.set(name, toTemplate(name, raw));
  }
}

/**
 * A user template's `languages:` (README, "Bilingual reports"): per language code, its `sections` and `optional`
 * in the template's order, and `aliases` by those names. Undefined (and reported) when malformed.
 */
function readLanguages(v: Node, where: string, report: Report): Record<string, RawLanguage> | undefined {
  if (!isMap(v)) {
    report(worded('config.languages', { name: where }), v);
    return undefined;
  }
  const out: Record<string, RawLanguage> = {};
  for (const l of v.items as Array<Pair<Node, Node>>) {
    const code = isScalar(l.key) ? String(l.key.value) : '';
    if (!/^[a-z]{2,3}$/.test(code) || !isMap(l.value)) {
      report(worded('config.language-code', { name: where, code }), l.key);
      return undefined;
    }
    const lang: RawLanguage = {};
    for (const f of l.value.items as Array<Pair<Node, Node>>) {
      const k = isScalar(f.key) ? String(f.key.value) : '';
      if (k === 'sections' || k === 'optional') {
        const list = stringList(f.value, `${where}.${code}.${k}`, report);
        if (!list) return undefined;
        lang[k] = list;
      } else if (k === 'aliases' && isMap(f.value)) {
        lang.aliases = {};
        for (const a of f.value.items as Array<Pair<Node, Node>>) {
          const list = stringList(a.value, `${where}.${code}.aliases`, report);
          if (list && isScalar(a.key)) lang.aliases[String(a.key.value)] = list;
        }
      } else {
        report(worded('config.language-key', { name: where, code, key: k }), f.key);
        return undefined;
      }
    }
    out[code] = lang;
  }
  return out;
}

/** A non-empty string or a list of them, trimmed; undefined for anything else. */
function oneOrMore(value: Node | null | undefined): string[] | undefined {
  if (isScalar(value) && typeof value.value === 'string' && value.value.trim()) return [value.value.trim()];
  if (isSeq(value) && value.items.every((i) => isScalar(i) && typeof i.value === 'string' && String(i.value).trim()))
    return value.items.map((i) => String((i as { value: string }).value).trim());
  return undefined;
}

/** Every mapping of the document, keys compared with a set: one error per repeated key. */
function reportDuplicateKeys(doc: Document, errors: YAMLError[]): void {
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const range = (pair.key as Node | null)?.range ?? [0, 0, 0];
          errors.push(new YAMLParseError([range[0], range[1]], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(key);
      }
    },
  });
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
