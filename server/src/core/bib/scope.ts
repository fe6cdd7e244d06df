/**
 * Which bibliographies a report's citations are looked up in
 * (docs/citations.md, "Bibliographies in scope"): the report's own
 * `bibliography:` (one or a list, relative to the report) and `references:`;
 * without a `bibliography:` of its own, the one of its `.foresight.yml` or of
 * its Quarto project (`_quarto.yml`). Files are read by the caller (the
 * `BibliographyLoader`): the core stays pure.
 */
import type { MessageKey } from '../messages';
import type { ReportModel } from '../model';
import { parseCslYaml } from './csl';
import type { Bibliography, Reference } from './types';

export type BibliographyOrigin = 'front matter' | '.foresight.yml' | '_quarto.yml' | 'index.Rmd';

/** A bibliography named for every report under a config or project file. */
export interface DefaultBibliography {
  name: string;
  origin: Exclude<BibliographyOrigin, 'front matter'>;
}

/**
 * A bibliography file read, or why it cannot be: `error` in English, with the `key` and `params` that say it in
 * the user's language when the words are this tool's (not the system's).
 */
export type LoadedBibliography =
  { path: string; bibliography: Bibliography } | { path: string; error: string; key?: MessageKey; params?: Readonly<Record<string, string | number>> };

/** Reads bibliography files (the service, from disk and open documents). */
export interface BibliographyLoader {
  /** Named by the config or project for every report here. */
  defaults: DefaultBibliography[];
  /** The file `name` means, written in `origin` (relative to the report or to the file that names it). */
  load(name: string, origin: BibliographyOrigin): LoadedBibliography;
}

export interface ScopedBibliography {
  name: string;
  origin: BibliographyOrigin;
  /** Where the name is written in the report (front matter), when it is. */
  start?: number;
  end?: number;
  loaded: LoadedBibliography;
}

export interface CitationScope {
  files: ScopedBibliography[];
  /** The report's own `references:`. */
  inline?: Bibliography;
  /** What a citation key is looked up in, for messages: file names, then "references in the front matter". */
  searched: string[];
  /**
   * Whether the names in scope could be read at all: without a loader (a check of text alone), files named
   * by the front matter are unknown, and no key can be called undefined.
   */
  complete: boolean;
}

/**
 * The entry Pandoc uses for `key` (2.17, checked): the report's own `references:` first; else the last
 * bibliography file of the list that has it, and in that file the last entry of that key.
 */
export function lookupKey(scope: CitationScope, key: string): { ref: Reference; in: string } | undefined {
  const inline = scope.inline?.byKey.get(key);
  if (inline) return { ref: inline, in: 'references' };
  for (let i = scope.files.length - 1; i >= 0; i--) {
    const loaded = scope.files[i].loaded;
    if ('bibliography' in loaded) {
      const ref = loaded.bibliography.byKey.get(key);
      if (ref) return { ref, in: loaded.path };
    }
  }
  return undefined;
}

/** Every key in scope (for completion and "did you mean"). */
export function keysInScope(scope: CitationScope): string[] {
  const out = new Set<string>();
  for (const k of scope.inline?.byKey.keys() ?? []) out.add(k);
  for (const f of scope.files) if ('bibliography' in f.loaded) for (const k of f.loaded.bibliography.byKey.keys()) out.add(k);
  return [...out];
}

/** The names a front matter `bibliography:` value holds, with where each is written. */
function namesIn(model: ReportModel): Array<{ name: string; start: number; end: number }> {
  const field = model.frontMatter?.fields.get('bibliography');
  if (!field) return [];
  const values =
    typeof field.value === 'string' ? [field.value] : Array.isArray(field.value) ? field.value.filter((v): v is string => typeof v === 'string') : [];
  const written = model.text.slice(field.valueStart, field.valueEnd);
  let from = 0;
  return values
    .filter((v) => v.trim() !== '')
    .map((value) => {
      // Pandoc reads metadata as Markdown: `refs\_2020.bib` names refs_2020.bib.
      const name = value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
      const at = written.indexOf(value, from);
      if (at < 0) return { name, start: field.valueStart, end: field.valueEnd };
      from = at + value.length;
      return { name, start: field.valueStart + at, end: field.valueStart + at + value.length };
    });
}

/** The bibliographies in scope for a report; undefined when it has none (its `@words` are then not citations to check). */
export function citationScope(model: ReportModel, loader: BibliographyLoader | undefined): CitationScope | undefined {
  const fm = model.frontMatter;
  let inline: Bibliography | undefined;
  if (fm?.fields.has('references')) {
    inline = parseCslYaml(model.text.slice(fm.contentStart, model.md.frontMatter?.contentEnd ?? fm.end), fm.contentStart);
    // Only the references' own problems (an item with no id, not a list): YAML errors are front-matter-syntax's.
    inline = { ...inline, problems: inline.problems.filter((p) => p.key !== 'bib.invalid-yaml') };
  }
  const own = namesIn(model);
  const files: ScopedBibliography[] = [];
  let complete = true;
  if (own.length) {
    for (const n of own) {
      if (!loader) complete = false;
      else files.push({ ...n, origin: 'front matter', loaded: loader.load(n.name, 'front matter') });
    }
  } else if (loader) {
    for (const d of loader.defaults) files.push({ name: d.name, origin: d.origin, loaded: loader.load(d.name, d.origin) });
  }
  if (!inline && files.length === 0 && complete) return undefined;
  const searched = files.map((f) => f.name);
  if (inline) searched.push('the references in the front matter');
  return { files, inline, searched, complete };
}

/** Quarto's cross-references (`@fig-x`, `@tbl-x`, …) and pandoc-crossref's (`@fig:x`) are not bibliography keys. */
const reCrossRef = /^(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|nte|tip|wrn|imp|cau|apx)[-:]/;

export function isCrossReference(key: string): boolean {
  return reCrossRef.test(key);
}
