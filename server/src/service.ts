/**
 * The language service: documents in, analyses, diagnostics and features out
 * (docs/architecture.md). The LSP server (server.ts) only wires a connection
 * to it; tests drive it in process. It owns what outlives one request: the
 * analysis of each open document per version, the results for closed
 * reports, the settings, workspace trust, the link service and the note
 * readings kept across edits. It imports nothing of the LSP connection.
 */
import type { Diagnostic, Location, Position, SymbolInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { citationKeyAt, entryLocation, isValidKey } from './features/citations';
import { RenameError } from './features/navigation';
import { check, checkModel, fixAll, severityOf, type CheckOptions, type CheckResult } from './core/checker';
import { isBibtexKey } from './core/bib/bibtex';
import { citationScope, lookupKey } from './core/bib/scope';
import { parseConfig } from './core/config/config';
import { messagesFor, wordProblem, type Messages } from './core/messages';
import { linkTargets } from './core/links/targets';
import { buildModel, type ReportModel } from './core/model';
import { NoteReadings } from './core/notes/classify';
import { CheckStopped } from './core/stop';
import { appendAll } from './core/text/arrays';
import { computeLineStarts } from './core/text/lines';
import { withIndex, type Analysis } from './features/analysis';
import { diagnostics, noticeDiagnostic, toDiagnostic } from './features/diagnostics';
import { LineIndex } from './features/lineIndex';
import { LinkService, type LinkRun } from './features/linkService';
import { reportStatus, type ReportStatus } from './features/status';
import { entrySymbols } from './features/symbols';
import { BibliographyStore } from './io/bibliographies';
import { CONFIG_FILE_NAME, type ConfigFile } from './io/configFiles';
import { URI } from 'vscode-uri';
import { normaliseSettings, DEFAULT_SETTINGS, type Settings } from './settings';
import { Workspace } from './workspace';
import * as fs from 'fs';
import * as path from 'path';
import { translationCandidates, type TranslationPatterns } from './io/translations';
import { outlineCounterparts, type TranslationPair } from './core/rules/translationDrift';
import type { Range } from 'vscode-languageserver-types';

/** What the models of reports' other versions are kept under when no config file applies. */
const DEFAULTS_KEY = {};

/** The place in a report's other version that corresponds to a place in it (`LanguageService.counterpart`). */
export interface Counterpart {
  uri: string;
  name: string;
  language: string;
  range: Range;
  /** What is there: a heading's text, a note label, or the file's name. */
  what: string;
  /** A section (an entry's, a template section's, or a heading's by the outline), a note, or only the file. */
  kind: 'section' | 'note' | 'file';
}

/** An open document as the service reads it (`TextDocument` of vscode-languageserver-textdocument is one). */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** The open documents: the server's synced `TextDocuments`, or a map in a test. */
export interface OpenDocuments {
  get(uri: string): OpenDocument | undefined;
  all(): OpenDocument[];
}

export interface ServiceHost {
  error(message: string): void;
  warn(message: string): void;
  /** Link results arrived for these documents: their diagnostics changed (their analyses are already dropped). */
  linksChanged(uris: string[]): void;
}

export interface ServiceOptions {
  /** Every file is checked against this template unless its front matter names one (the CLI's `--template`). */
  template?: string;
  /** Where the link results cache lives and how old a result may be; `off`: no disk cache (the CLI's options). */
  linkCache?: { dir?: string; maxAgeMs?: number; off?: boolean };
}

/** A file the service could not check: stopped past the check timeout, or failed with an error. Only that file is told. */
export interface CheckFailure {
  failure: string;
  stopped: boolean;
  error?: Error;
}

/** A file's model in a run over many files (the CLI): `finishFile` runs the rules once the links of every file are known. */
export interface PreparedFile {
  uri: string;
  model: ReportModel;
  options: CheckOptions;
}

/** What the link check fetches for a report: its notes' links, and those of the bibliography entries it cites. */
function targetsOf(model: ReportModel, options: CheckOptions): ReturnType<typeof linkTargets> {
  return linkTargets(model, options.config?.links.exclude, citationScope(model, options.bibliographies));
}

export function isConfigUri(uri: string): boolean {
  return uri.endsWith('/' + CONFIG_FILE_NAME);
}

/** Closed reports kept with their results: none over 1 MB, 16 MB of text in all. */
const CLOSED_FILE_KEPT = 1024 * 1024;
const CLOSED_BYTES_KEPT = 16 * 1024 * 1024;

export class LanguageService {
  readonly workspace = new Workspace();
  readonly links: LinkService;
  /** Bibliography files, read once per version (docs/citations.md). */
  readonly bibliographies = new BibliographyStore();
  private settingsNow: Settings = { ...DEFAULT_SETTINGS };
  private trustedNow = true;
  private readonly cache = new Map<string, Analysis>();
  /** Documents whose check failed or ran past its deadline, at that version: reported alone, never a crash. */
  private readonly failures = new Map<string, { version: number; message: string }>();
  private readonly loggedFailures = new Set<string>();
  private readonly reportedRuleErrors = new Set<string>();
  /** Notes read on earlier checks, across documents: a keystroke re-reads only the notes it changed. */
  private readonly readings = new NoteReadings();
  /**
   * Results for closed reports, reused while the file holds the same text (workspace diagnostics, pulled again
   * and again, and workspace symbols). Compared by text, so a change no event told of is still seen; emptied
   * when the configuration, settings or trust change.
   */
  private readonly closedResults = new Map<string, { text: string; result: CheckResult }>();
  private closedBytes = 0;

  constructor(
    private readonly documents: OpenDocuments,
    private readonly host: ServiceHost,
    private readonly options: ServiceOptions = {},
  ) {
    this.links = new LinkService(
      (uris) => {
        for (const uri of uris) this.cache.delete(uri);
        host.linksChanged(uris);
      },
      (message) => host.warn(message),
    );
    this.applySettings(undefined);
  }

  get settings(): Settings {
    return this.settingsNow;
  }

  get trusted(): boolean {
    return this.trustedNow;
  }

  /** The one place settings change: normalised, and passed on to the link service. Analyses are kept until `reset`. */
  applySettings(s: Partial<Settings> | null | undefined): void {
    this.settingsNow = normaliseSettings(s);
    const cache = this.options.linkCache;
    this.links.configure({ allowPrivate: this.settingsNow.links.allowPrivateAddresses, cacheDir: cache?.dir, maxAgeMs: cache?.maxAgeMs, noCache: cache?.off });
  }

  setTrusted(trusted: boolean): void {
    this.trustedNow = trusted;
  }

  /** The user's locale (the editor's at `initialize`, the command line's), set before the first check: findings and fix titles are worded in its language. */
  private localeNow: string | undefined;

  setLocale(locale: string | undefined): void {
    this.localeNow = locale;
  }

  /** The messages in the user's language (`setLocale`). */
  messages(): Messages {
    return messagesFor(this.localeNow);
  }

  /** Everything derived is dropped (settings, trust, folders or a config changed): the next request checks again. */
  reset(): void {
    this.cache.clear();
    this.forgetClosed();
    this.workspace.clearConfigs();
  }

  /** An open `.foresight.yml` changed (or closed: `text` undefined): every report under it is checked again. */
  configTextChanged(uri: string, text: string | undefined): void {
    this.workspace.setConfigText(uri, text);
    this.cache.clear();
    this.forgetClosed();
  }

  /**
   * Files changed on disk: true when one is a bibliography a check has read (or a Quarto project file), and the
   * reports were dropped to be checked again.
   */
  bibliographiesChanged(uris: string[]): boolean {
    const files = uris.filter((u) => u.startsWith('file:')).map((u) => URI.parse(u).fsPath);
    if (!files.some((f) => this.bibliographies.concerns(f))) return false;
    this.bibliographies.clear();
    this.cache.clear();
    this.forgetClosed();
    return true;
  }

  /** A document closed: what was kept for its open versions goes. */
  closed(uri: string): void {
    this.cache.delete(uri);
    this.failures.delete(uri);
  }

  /** Clears the analyses and the link results (a full workspace check). */
  clearAll(): void {
    this.workspace.invalidate([]);
    this.cache.clear();
    this.links.clear();
  }

  /**
   * Closed reports are checked up to four times the live limit (20 MB by default), by every loop over them
   * (workspace diagnostics pushed or pulled, workspace symbols): a report is either in or out everywhere.
   */
  closedFileLimit(): number {
    return this.settingsNow.maxLiveSize * 4;
  }

  optionsFor(uri: string): CheckOptions {
    const configFile = this.workspace.configFor(uri);
    const { config } = configFile;
    const settings = this.settingsNow;
    const file = uri.startsWith('file:') ? URI.parse(uri).fsPath : undefined;
    const options: CheckOptions = {
      config,
      templateOverride: this.options.template ?? (settings.defaultTemplate && !config.template ? settings.defaultTemplate : undefined),
      severities: settings.rules,
      readings: this.readings,
      bibliographies: this.bibliographies.loaderFor(file, { path: configFile.path, bibliography: config.bibliography }),
      fileName: file ?? uri,
      locale: this.localeNow,
      translation: file
        ? (model) =>
            this.translationOf(
              uri,
              file,
              model,
              configFile,
              configFile.path ? { dir: path.dirname(configFile.path), patterns: config.translations } : undefined,
            )
        : undefined,
    };
    if (this.trustedNow && (settings.checkLinks || config.links.check) && severityOf('dead-link', 'warning', options) !== 'off') {
      options.links = this.links.lookup;
    }
    return options;
  }

  /**
   * Models of the reports' other versions, by file, kept while their text and config are the same: a keystroke in
   * a report re-checks it against its other version without parsing that version again (and hovers reuse them).
   */
  private readonly pairModels = new Map<string, { text: string; stamp?: string; config: object; model: ReportModel }>();

  /** Report -> the file its last check read as its version in another language (translation-drift). */
  private readonly translations = new Map<string, string>();

  /** The report's version in another language: an open document's text, else the file's (io/translations.ts). */
  private translationOf(uri: string, file: string, model: ReportModel, configFile: ConfigFile, patterns?: TranslationPatterns): TranslationPair | undefined {
    // The same config file read once is the same object until it changes; without one, the defaults are all alike.
    const configKey: object = configFile.path ? configFile : DEFAULTS_KEY;
    for (const candidate of translationCandidates(file, model, patterns)) {
      const other = URI.file(candidate).toString();
      let kept = this.pairModels.get(candidate);
      const open = this.documents.get(other)?.getText();
      let stamp: string | undefined;
      let text = open;
      if (text === undefined) {
        // A closed version: one stat says whether it exists and whether the text kept is still its text, so a
        // keystroke in the report neither reads nor parses it again.
        const st = statQuietly(candidate);
        if (!st?.isFile() || st.size > this.closedFileLimit()) continue;
        stamp = `${st.size}:${st.mtimeMs}`;
        text = kept?.stamp === stamp ? kept.text : this.workspace.readText(other);
      }
      if (text === undefined || text.length > this.closedFileLimit()) continue;
      this.translations.set(uri, other);
      if (!kept || kept.text !== text || kept.config !== configKey) {
        kept = { text, stamp, config: configKey, model: buildModel(text, { config: configFile.config, fileName: candidate }) };
        this.pairModels.delete(candidate);
        // A few pairs at a time are being edited: the oldest model goes past eight.
        if (this.pairModels.size >= 8) this.pairModels.delete(this.pairModels.keys().next().value!);
        this.pairModels.set(candidate, kept);
      }
      return { name: path.basename(candidate), fileName: candidate, text, model: kept.model };
    }
    this.translations.delete(uri);
    return undefined;
  }

  /**
   * What corresponds, in the report's version in another language, to what is at `position` (README, "Bilingual
   * reports"): the same section of the same entry (by place in the template), the same entry, the note of the same
   * rank in reading order, or else the top of the report. Null when the report is not open or has no such version.
   */
  counterpart(uri: string, position: Position): Counterpart | null {
    const a = this.analyse(uri);
    if (!a || !uri.startsWith('file:')) return null;
    const options = this.optionsFor(uri);
    const pair = options.translation?.(a.model);
    if (!pair?.model || pair.text.length > this.settingsNow.maxLiveSize) return null;
    const other = pair.model;
    const offset = a.index.offsetAt(position);
    const model = a.model;
    const at = (start: number, end: number, what: string, kind: Counterpart['kind'] = 'section'): Counterpart => {
      const index = new LineIndex(other.md.lineStarts, other.text);
      return { uri: URI.file(pair.fileName).toString(), name: pair.name, language: other.language, range: index.range(start, end), what, kind };
    };
    const entryIndex = model.entries.findIndex((e) => (e.heading ? e.heading.start : 0) <= offset && offset < e.end);
    const entry = model.entries[entryIndex];
    const theirs = other.entries[entryIndex];
    if (entry && theirs) {
      const section = entry.sections.find((s) => s.heading.start <= offset && offset < Math.max(s.contentEnd, s.heading.end + 1));
      const match = section && theirs.sections.find((s) => s.canonical === section.canonical);
      if (match) return at(match.heading.start, match.heading.end, match.heading.name);
      if (theirs.heading && (!section || !match)) return at(theirs.heading.start, theirs.heading.end, theirs.heading.name);
    }
    const noteAt = model.readingOrder.findIndex(
      (n) => (n.def.start <= offset && offset <= n.def.end) || (model.refsById.get(n.id) ?? []).some((r) => r.start <= offset && offset <= r.end),
    );
    const note = noteAt >= 0 ? other.readingOrder[noteAt] : undefined;
    if (note) return at(note.def.start, note.def.labelEnd, `[^${note.def.rawLabel}]`, 'note');
    // No template in common: the section by the outline, as translation-drift pairs them; a heading with no
    // counterpart of its own (a subsection in one version only) takes its nearest parent's.
    if (!(entry && theirs)) {
      let here = -1;
      for (let i = 0; i < model.headings.length && model.headings[i].start <= offset; i++) here = i;
      const pairs = here >= 0 ? outlineCounterparts(model, other) : undefined;
      for (let level = Infinity; pairs && here >= 0; here--) {
        const h = model.headings[here];
        if (h.level >= level) continue;
        level = h.level;
        const there = pairs.get(here);
        if (there !== undefined) return at(other.headings[there].start, other.headings[there].end, other.headings[there].name);
      }
    }
    return at(0, 0, pair.name, 'file');
  }

  /** The open reports whose last check read `uri` as their translation: their analyses are dropped, to be checked again. */
  translationReaders(uri: string): string[] {
    const readers = [...this.translations].filter(([reader, read]) => read === uri && reader !== uri).map(([reader]) => reader);
    for (const r of readers) this.cache.delete(r);
    return readers.filter((r) => this.documents.get(r) !== undefined);
  }

  /**
   * One document's check, isolated: past the check timeout it stops, and an
   * error is logged once per document; either way only that document is told.
   */
  private checkIsolated(uri: string, text: string, options: CheckOptions): CheckResult | CheckFailure {
    const checked = this.isolated(() => check(text, { ...options, shouldStop: this.deadline() }));
    if ('failure' in checked && checked.error && !this.loggedFailures.has(uri)) {
      this.loggedFailures.add(uri);
      this.host.error(`Checking ${uri} failed: ${checked.error.stack ?? checked.error}`);
    }
    return checked;
  }

  /** A stop signal for one document's check: true once `checkTimeout` seconds have passed (at once for 0). */
  deadline(): () => boolean {
    const until = Date.now() + this.settingsNow.checkTimeout * 1000;
    return () => Date.now() >= until;
  }

  /** Runs one document's step; a stop past the deadline or an error comes back as that document's failure. */
  private isolated<T>(step: () => T): T | CheckFailure {
    try {
      return step();
    } catch (e) {
      if (e instanceof CheckStopped) {
        const timeout = this.settingsNow.checkTimeout;
        return {
          failure: this.messages().t('notice.timeout', { seconds: timeout }),
          stopped: true,
        };
      }
      const error = e instanceof Error ? e : new Error(String(e));
      return { failure: this.messages().t('notice.failed', { error: error.message }), stopped: false, error };
    }
  }

  /**
   * A run over many files, as the CLI makes it. Step 1 (`--fix`): the text with every safe fix applied
   * (`fixAll`), within the check timeout. The caller writes it.
   */
  fixFile(uri: string, text: string, shouldStop = this.deadline()): { text: string } | CheckFailure {
    const options = this.optionsFor(uri);
    return this.isolated(() => ({ text: fixAll(text, { ...options, shouldStop }).text }));
  }

  /** Step 2: a file's model (a deadline shared with step 1 can be given). Its rules run in step 4, after one link check for all the files. */
  prepareFile(uri: string, text: string, shouldStop = this.deadline()): PreparedFile | CheckFailure {
    const options = this.optionsFor(uri);
    const { config, templateOverride, readings, fileName } = options;
    return this.isolated(() => ({ uri, model: buildModel(text, { config: config!, templateOverride, readings, shouldStop, fileName }), options }));
  }

  /**
   * Step 3: checks, and waits for, every link the prepared files cite (those whose link check is on: the
   * `checkLinks` setting or their config's `links.check`); each URL once. Undefined when none wants it.
   */
  async checkLinksOf(files: PreparedFile[]): Promise<LinkRun | undefined> {
    const urls = new Set<string>();
    for (const f of files) if (f.options.links) for (const t of targetsOf(f.model, f.options)) urls.add(t.fetchUrl);
    return urls.size ? this.links.checkAll(urls) : undefined;
  }

  /** Step 4: the rules on a prepared file, with the link results known by now. */
  finishFile(file: PreparedFile): CheckResult | CheckFailure {
    return this.isolated(() => checkModel(file.model, { ...file.options, shouldStop: this.deadline() }));
  }

  /** The analysis of an open document at its current version (cached), or undefined when it is not open or too large. */
  analyse(uri: string): Analysis | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !this.settingsNow.enable || isConfigUri(uri)) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    if (text.length > this.settingsNow.maxLiveSize) return undefined;
    const failed = this.failures.get(uri);
    if (failed && failed.version === doc.version) return undefined;
    const options = this.optionsFor(uri);
    const checked = this.checkIsolated(uri, text, options);
    if ('failure' in checked) {
      this.failures.set(uri, { version: doc.version, message: checked.failure });
      return undefined;
    }
    this.failures.delete(uri);
    const result = withIndex(uri, doc.version, checked, options.config!, options.links);
    // Open reports start checks for their links in the background; the results re-check the report.
    // The bibliographies the check read, not read again.
    if (options.links) this.links.request(uri, new Set(linkTargets(result.model, options.config!.links.exclude, result.citations).map((t) => t.fetchUrl)));
    for (const r of result.ruleErrors) {
      if (this.reportedRuleErrors.has(r.rule)) continue;
      this.reportedRuleErrors.add(r.rule);
      this.host.error(`Rule ${r.rule} failed (other rules still ran): ${r.error.stack ?? r.error.message}`);
    }
    this.cache.set(uri, result);
    return result;
  }

  /** Diagnostics of an open document (or a config file, open or not). */
  diagnosticsFor(uri: string): Diagnostic[] {
    if (!this.settingsNow.enable) return [];
    if (isConfigUri(uri)) {
      const doc = this.documents.get(uri);
      const text = doc ? doc.getText() : this.workspace.readText(uri);
      if (text === undefined) return [];
      const { problems } = parseConfig(text);
      const index = new LineIndex(computeLineStarts(text), text);
      const messages = messagesFor(this.localeNow);
      return problems.map((p) => toDiagnostic({ ...p, message: wordProblem(p, messages) }, index));
    }
    if (this.workspace.isIgnored(uri)) return [];
    const doc = this.documents.get(uri);
    if (doc && doc.getText().length > this.settingsNow.maxLiveSize) {
      return [
        noticeDiagnostic(
          this.messages().t('notice.live-limit', {
            size: this.messages().decimal(doc.getText().length / 1048576, 1),
            limit: this.messages().decimal(this.settingsNow.maxLiveSize / 1048576, 0),
          }),
        ),
      ];
    }
    const a = this.analyse(uri);
    const failed = this.failures.get(uri);
    if (!a && failed && doc && failed.version === doc.version) return [noticeDiagnostic(failed.message)];
    return a ? diagnostics(a) : [];
  }

  private forgetClosed(): void {
    this.closedResults.clear();
    this.closedBytes = 0;
  }

  /** A closed report's check, kept while its file holds the same text (failures and files over 1 MB are not kept). */
  private checkClosed(uri: string, text: string): CheckResult | CheckFailure {
    const kept = this.closedResults.get(uri);
    if (kept && kept.text === text) return kept.result;
    const result = this.checkIsolated(uri, text, this.optionsFor(uri));
    if (kept) {
      this.closedResults.delete(uri);
      this.closedBytes -= kept.text.length;
    }
    if ('failure' in result || text.length > CLOSED_FILE_KEPT) return result;
    if (this.closedBytes + text.length > CLOSED_BYTES_KEPT) this.forgetClosed();
    this.closedResults.set(uri, { text, result });
    this.closedBytes += text.length;
    return result;
  }

  /** Diagnostics of a file that is not open, read from disk. */
  closedFileDiagnostics(uri: string): Diagnostic[] {
    if (!this.settingsNow.enable) return [];
    if (isConfigUri(uri)) return this.diagnosticsFor(uri);
    if (this.workspace.isIgnored(uri)) return [];
    const text = this.workspace.readText(uri);
    if (text === undefined || text.length > this.closedFileLimit()) return [];
    const result = this.checkClosed(uri, text);
    if ('failure' in result) return [noticeDiagnostic(result.failure)];
    const index = new LineIndex(result.model.md.lineStarts, text);
    const out = result.problems.map((p) => toDiagnostic(p, index));
    if (result.notice) out.unshift(noticeDiagnostic(result.notice));
    return out;
  }

  /** The workspace's reports (and config files), open or not, when closed files are checked at all. */
  workspaceReports(): string[] {
    if (!this.settingsNow.validateWorkspace || !this.settingsNow.enable) return [];
    return this.workspace
      .reportFiles()
      .map((f) => f.uri)
      .filter((uri) => isConfigUri(uri) || !this.workspace.isIgnored(uri));
  }

  /** The workspace's reports (and config files) that are not open now, when closed files are checked at all. */
  closedReports(): string[] {
    return this.workspaceReports().filter((uri) => !this.documents.get(uri));
  }

  /** How many files a full workspace check looks at: the open documents and the closed reports (each once). */
  checkedFileCount(): number {
    return this.documents.all().length + this.closedReports().length;
  }

  /** The entries of every report, open or not, whose title matches `query`. */
  workspaceSymbols(query: string): SymbolInformation[] {
    const out: SymbolInformation[] = [];
    for (const doc of this.documents.all()) {
      const a = this.analyse(doc.uri);
      if (a) appendAll(out, entrySymbols(a, query));
    }
    for (const file of this.workspace.reportFiles()) {
      if (this.documents.get(file.uri)) continue;
      const text = this.workspace.readText(file.uri);
      if (text === undefined || text.length > this.closedFileLimit()) continue;
      // Only a report with a template has entries: a file with no template in its config, its settings or its text
      // (no "template:" anywhere, front matter included) has none, and is not checked for them.
      const options = this.optionsFor(file.uri);
      if (!options.config?.template && !options.templateOverride && !/template["']?\s*:/.test(text)) continue;
      const result = this.checkClosed(file.uri, text);
      if (!('failure' in result)) appendAll(out, entrySymbols(withIndex(file.uri, 0, result, this.optionsFor(file.uri).config!), query));
    }
    return out;
  }

  /**
   * The reports (open, then closed in the workspace) that cite the entry `key` resolves to from `from`'s
   * bibliographies: the same file's entry, or, for a report's own `references:`, that report alone.
   */
  private citationsOfEntry(
    from: Analysis,
    key: string,
  ): Array<{ uri: string; index: LineIndex; starts: Array<{ keyStart: number; keyEnd: number; start: number; end: number }> }> {
    const target = from.citations ? lookupKey(from.citations, key) : undefined;
    if (!target) return [];
    const out: Array<{ uri: string; index: LineIndex; starts: Array<{ keyStart: number; keyEnd: number; start: number; end: number }> }> = [];
    const collect = (uri: string, result: CheckResult, index: LineIndex): void => {
      if (target.in === 'references' && uri !== from.uri) return;
      const found = result.citations ? lookupKey(result.citations, key) : undefined;
      if (!found || found.in !== target.in) return;
      const starts = result.model.md.citations.flatMap((c) => c.keys.filter((k) => k.key === key));
      if (starts.length) out.push({ uri, index, starts });
    };
    const seen = new Set<string>();
    for (const doc of this.documents.all()) {
      const a = this.analyse(doc.uri);
      if (!a) continue;
      seen.add(doc.uri);
      collect(doc.uri, a, a.index);
    }
    if (target.in !== 'references') {
      for (const file of this.workspace.reportFiles()) {
        if (seen.has(file.uri) || isConfigUri(file.uri)) continue;
        const text = this.workspace.readText(file.uri);
        if (text === undefined || text.length > this.closedFileLimit()) continue;
        const result = this.checkClosed(file.uri, text);
        if (!('failure' in result)) collect(file.uri, result, new LineIndex(result.model.md.lineStarts, text));
      }
    }
    return out;
  }

  /** Find references on a citation key: its citations in every report that uses the same entry, and the entry. */
  citationReferences(uri: string, position: Position, includeDeclaration: boolean): Location[] | undefined {
    const a = this.analyse(uri);
    const k = a && citationKeyAt(a, a.index.offsetAt(position));
    if (!a || !k) return undefined;
    const out: Location[] = [];
    const entry = a.citations ? entryLocation(a, a.citations, k.key) : undefined;
    if (includeDeclaration && entry) out.push(entry);
    for (const r of this.citationsOfEntry(a, k.key)) for (const c of r.starts) out.push({ uri: r.uri, range: r.index.range(c.start, c.end) });
    return out;
  }

  /** Renames a citation key in its bibliography entry and in every report that cites that entry. */
  citationRename(uri: string, position: Position, newName: string): WorkspaceEdit | undefined {
    const a = this.analyse(uri);
    const k = a && citationKeyAt(a, a.index.offsetAt(position));
    if (!a || !k) return undefined;
    const key = newName.replace(/^@/, '');
    const m = this.messages();
    if (!isValidKey(key)) throw new RenameError(m.t('rename.invalid-key', { name: newName }));
    const target = a.citations ? lookupKey(a.citations, k.key) : undefined;
    if (!target) throw new RenameError(m.t('rename.key-not-found', { key: k.key }));
    if (key !== k.key && lookupKey(a.citations!, key)) throw new RenameError(m.t('rename.key-exists', { key }));
    const file = a.citations!.files.find((f) => 'bibliography' in f.loaded && f.loaded.path === target.in);
    const bib = file && 'bibliography' in file.loaded ? file.loaded.bibliography : undefined;
    if (bib?.format === 'bibtex' && !isBibtexKey(key)) throw new RenameError(m.t('rename.invalid-bibtex-key', { key, characters: ".:;?!`'()/*@_+=-[]&" }));
    const changes: Record<string, TextEdit[]> = {};
    const entry = entryLocation(a, a.citations!, k.key)!;
    (changes[entry.uri] ??= []).push({ range: entry.range, newText: key });
    // Earlier entries of the same key in that file, which Pandoc ignores, are renamed too: the old key would stay defined.
    for (const d of bib?.duplicates ?? []) {
      if (d.key !== k.key) continue;
      const start = { line: d.line - 1, character: d.column };
      changes[entry.uri].push({ range: { start, end: { line: start.line, character: start.character + d.keyEnd - d.keyStart } }, newText: key });
    }
    for (const r of this.citationsOfEntry(a, k.key))
      for (const c of r.starts) (changes[r.uri] ??= []).push({ range: r.index.range(c.keyStart, c.keyEnd), newText: key });
    return { changes };
  }

  /** The status bar's facts for an open report, with the link checks still pending. */
  status(uri: string): (ReportStatus & { linksPending: number }) | null {
    const a = this.analyse(uri);
    return a ? { ...reportStatus(a), linksPending: this.optionsFor(uri).links ? this.links.pending(uri) : 0 } : null;
  }

  /** Checks the links of an open report again; says why not when link checking is off or the workspace untrusted. */
  recheckLinks(uri: string): { rechecking: number } | { rechecking: 0; reason: 'off' | 'untrusted' } | null {
    const a = this.analyse(uri);
    if (!a) return null;
    if (!a.links) return { rechecking: 0, reason: this.trustedNow ? 'off' : 'untrusted' };
    const urls = new Set(linkTargets(a.model, a.config.links.exclude, a.citations).map((t) => t.fetchUrl));
    const rechecking = this.links.recheck(a.uri, urls);
    this.cache.delete(a.uri);
    return { rechecking };
  }

  dispose(): void {
    this.links.dispose();
  }
}

/**
 * A file's status, or undefined when it cannot be had: not there, and also a name too long for the file system
 * (a long report name with `.fr` added), a path through a file (`translation: a.md/b.md`), no permission.
 */
function statQuietly(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}
