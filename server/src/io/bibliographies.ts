/**
 * Bibliography files on disk (docs/citations.md): read once per version of
 * the file (its size and modification time, or an open document's text),
 * parsed by format (`.bib`/`.bibtex`: BibTeX; `.json`: CSL JSON;
 * `.yaml`/`.yml`: CSL YAML), and found where a report's front matter, its
 * `.foresight.yml` or its Quarto project (`_quarto.yml`) names them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { parseBibtex } from '../core/bib/bibtex';
import { parseCslJson, parseCslYaml } from '../core/bib/csl';
import type { BibliographyLoader, BibliographyOrigin, DefaultBibliography, LoadedBibliography } from '../core/bib/scope';
import type { Bibliography } from '../core/bib/types';
import { worded } from '../core/messages';

export const QUARTO_PROJECT_FILE = '_quarto.yml';
export const BOOKDOWN_PROJECT_FILE = '_bookdown.yml';

/** The project a report belongs to: the file that names its bibliographies, and their names. */
interface Project {
  file: string;
  names: string[];
  origin: '_quarto.yml' | 'index.Rmd';
}
/** Bibliographies larger than this are not read (a 5,000-entry Zotero library is about 3 MB). */
export const MAX_BIBLIOGRAPHY_BYTES = 64 * 1024 * 1024;

/** File extensions of bibliographies, for watchers. */
export const BIBLIOGRAPHY_GLOB = '**/*.{bib,bibtex,json,yaml,yml}';

export function bibliographyFormat(file: string): 'bibtex' | 'csljson' | 'cslyaml' | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.bib' || ext === '.bibtex' ? 'bibtex' : ext === '.json' ? 'csljson' : ext === '.yaml' || ext === '.yml' ? 'cslyaml' : undefined;
}

export function parseBibliography(file: string, text: string): Bibliography {
  const format = bibliographyFormat(file);
  return format === 'csljson' ? parseCslJson(text) : format === 'cslyaml' ? parseCslYaml(text) : parseBibtex(text);
}

/** A file that cannot be read, and why, in this tool's words (bibliography-not-found says them in the user's language). */
function cannotRead(file: string, why: ReturnType<typeof worded>): LoadedBibliography {
  return { path: file, error: why.message, key: why.key, params: why.params };
}

interface Kept {
  stamp: string;
  loaded: LoadedBibliography;
}

export class BibliographyStore {
  private readonly files = new Map<string, Kept>();
  private readonly openText = new Map<string, { text: string; version: number }>();
  private openVersions = 0;
  /** Folder -> the nearest `_quarto.yml`'s bibliographies (null: none), until `clear`. */
  private readonly projects = new Map<string, Project | null>();

  /** A loader for one report: its folder, and its config file (if any) with the bibliographies it names. */
  loaderFor(report: string | undefined, config: { path?: string; bibliography: string[] }): BibliographyLoader | undefined {
    if (report === undefined) return undefined;
    const dir = path.dirname(report);
    const project = this.projectOf(dir);
    const defaults: DefaultBibliography[] = config.bibliography.length
      ? config.bibliography.map((name) => ({ name, origin: '.foresight.yml' as const }))
      : (project?.names ?? []).map((name) => ({ name, origin: project!.origin }));
    const base = (origin: BibliographyOrigin): string =>
      origin === '.foresight.yml' && config.path ? path.dirname(config.path) : origin !== 'front matter' && project ? path.dirname(project.file) : dir;
    return { defaults, load: (name, origin) => this.load(path.resolve(base(origin), name)) };
  }

  /** The parsed file at `file`, read again only when it changed. */
  load(file: string): LoadedBibliography {
    const open = this.openText.get(file);
    let stamp: string;
    if (open !== undefined) stamp = `open:${open.version}`;
    else {
      try {
        const st = fs.statSync(file);
        if (!st.isFile()) return cannotRead(file, worded('bib.not-a-file'));
        if (st.size > MAX_BIBLIOGRAPHY_BYTES)
          return cannotRead(file, worded('bib.too-big', { size: Math.round(st.size / 1048576), max: MAX_BIBLIOGRAPHY_BYTES / 1048576 }));
        stamp = `disk:${st.size}:${st.mtimeMs}`;
      } catch {
        return cannotRead(file, worded('bib.no-such-file'));
      }
    }
    const kept = this.files.get(file);
    if (kept && kept.stamp === stamp) return kept.loaded;
    let loaded: LoadedBibliography;
    if (bibliographyFormat(file) === undefined) loaded = cannotRead(file, worded('bib.unknown-format'));
    else {
      try {
        // Editors do not show a byte-order mark: positions are counted without it, as theirs are.
        const read = open?.text ?? fs.readFileSync(file, 'utf8');
        const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
        loaded = { path: file, bibliography: parseBibliography(file, text) };
      } catch (e) {
        // The system's own words (a read error): they stay as they are.
        loaded = { path: file, error: (e as Error).message };
      }
    }
    this.files.set(file, { stamp, loaded });
    return loaded;
  }

  /** An open bibliography's text wins over its file (undefined: closed). */
  setOpenText(file: string, text: string | undefined): void {
    if (text === undefined) this.openText.delete(file);
    else this.openText.set(file, { text, version: ++this.openVersions });
  }

  /** Whether a change to `file` can change a check: a bibliography read before, or a Quarto project file. */
  concerns(file: string): boolean {
    const name = path.basename(file);
    return this.files.has(file) || name === QUARTO_PROJECT_FILE || name === BOOKDOWN_PROJECT_FILE || name === 'index.Rmd';
  }

  /** Forgets project files found (a `_quarto.yml` changed); bibliographies are checked by stamp on every load. */
  clear(): void {
    this.projects.clear();
  }

  private projectOf(dir: string): Project | null {
    const visited: string[] = [];
    let current = dir;
    let found: Project | null = null;
    for (;;) {
      const known = this.projects.get(current);
      if (known !== undefined) {
        found = known;
        break;
      }
      visited.push(current);
      const candidate = path.join(current, QUARTO_PROJECT_FILE);
      if (fs.existsSync(candidate)) {
        found = { file: candidate, names: quartoBibliographies(candidate), origin: '_quarto.yml' };
        break;
      }
      // A bookdown book: its chapters take the bibliography of index.Rmd's front matter.
      const book = path.join(current, BOOKDOWN_PROJECT_FILE);
      if (fs.existsSync(book)) {
        const index = path.join(current, 'index.Rmd');
        found = { file: index, names: frontMatterBibliographies(index), origin: 'index.Rmd' };
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of visited) this.projects.set(d, found);
    return found;
  }
}

/** The `bibliography:` of a report's front matter (bookdown's index.Rmd), read without the rest of the checker. */
function frontMatterBibliographies(file: string): string[] {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.length > 65536 ? text.slice(0, 65536) : text);
    if (!m) return [];
    const b = (parseDocument(m[1]).toJS() as { bibliography?: unknown } | null)?.bibliography;
    if (typeof b === 'string') return [b];
    if (Array.isArray(b)) return b.filter((x): x is string => typeof x === 'string');
  } catch {
    // No readable index.Rmd: no bibliography from it.
  }
  return [];
}

/** The top-level `bibliography:` of a Quarto project file. */
function quartoBibliographies(file: string): string[] {
  try {
    const value = parseDocument(fs.readFileSync(file, 'utf8')).toJS() as { bibliography?: unknown } | null;
    const b = value?.bibliography;
    if (typeof b === 'string') return [b];
    if (Array.isArray(b)) return b.filter((x): x is string => typeof x === 'string');
  } catch {
    // An unreadable project file names no bibliography.
  }
  return [];
}
