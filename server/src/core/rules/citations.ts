/** The rules of Pandoc citations and their bibliographies (docs/rules.md, "Citations"). */
import { isCrossReference, keysInScope, lookupKey, type CitationScope, type ScopedBibliography } from '../bib/scope';
import { fileNameOf } from '../bib/types';
import { wordProblem } from '../messages';
import { editDistance } from '../text/distance';
import type { Fix } from '../types';
import type { Rule, RuleContext } from './rule';

/** Suggestions are looked for this many distinct unknown keys per report; past it the finding has none. */
const MAX_SUGGESTED = 200;

/** The keys closest to `key` (at most 3, within a third of its length and at most 3 edits). */
export function nearestKeys(key: string, keys: readonly string[]): string[] {
  const max = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  const lower = key.toLowerCase();
  const found: Array<{ k: string; d: number }> = [];
  for (const k of keys) {
    const d = k.toLowerCase() === lower ? 0 : editDistance(lower, k.toLowerCase(), max);
    if (d <= max) found.push({ k, d });
  }
  return found
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((x) => x.k);
}

function where(ctx: RuleContext, f: ScopedBibliography): string {
  return f.origin === 'front matter' ? f.name : ctx.messages.t('bibliography.named-in', { name: f.name, origin: f.origin });
}

/** Where a finding about a bibliography file goes: its name in the front matter, else the report's first line. */
function anchor(ctx: RuleContext, f: ScopedBibliography): { start: number; end: number } {
  if (f.start !== undefined && f.end !== undefined) return { start: f.start, end: f.end };
  const firstLine = ctx.model.text.indexOf('\n');
  return { start: 0, end: firstLine < 0 ? ctx.model.text.length : firstLine };
}

function searchedList(ctx: RuleContext, scope: CitationScope): string {
  // The report's own references are named in words (bib/scope.ts); the rest are file names.
  return scope.searched.map((s) => (s.startsWith('the ') ? ctx.messages.t('undefined-citation.front-matter') : fileNameOf(s))).join(', ');
}

export const undefinedCitation: Rule = {
  code: 'undefined-citation',
  defaultSeverity: 'error',
  description: 'A citation key is in no bibliography in scope.',
  needsTemplate: false,
  check(ctx) {
    const scope = ctx.citations;
    // Only where every bibliography in scope could be read: a key missing from a file that is missing is that file's finding.
    if (!scope || !scope.complete || scope.files.some((f) => !('bibliography' in f.loaded))) return;
    const keys = keysInScope(scope);
    const suggestions = new Map<string, string[]>();
    for (const cluster of ctx.model.md.citations) {
      for (const k of cluster.keys) {
        if (k.key === '*' || isCrossReference(k.key) || lookupKey(scope, k.key)) continue;
        let near = suggestions.get(k.key);
        if (!near) {
          near = suggestions.size < MAX_SUGGESTED ? nearestKeys(k.key, keys) : [];
          suggestions.set(k.key, near);
        }
        const fixes: Fix[] = near.map((n, i) => ({
          title: ctx.messages.t('fix.change-key', { key: n }),
          edits: [{ start: k.keyStart, end: k.keyEnd, newText: n }],
          safe: false,
          preferred: i === 0 && near!.length === 1,
        }));
        const message = ctx.messages.t('undefined-citation', { key: k.key, searched: searchedList(ctx, scope) });
        const didYouMean = near.length ? ` ${ctx.messages.t('undefined-citation.did-you-mean', { keys: near.map((n) => `@${n}`).join(', ') })}` : '';
        report(ctx, message + didYouMean, k.start, k.end, fixes);
      }
    }
  },
};

function report(ctx: RuleContext, message: string, start: number, end: number, fixes?: Fix[]): void {
  ctx.report({ message, start, end, fixes });
}

/** Whether the report cites any key (cross-references aside). */
function citesAnything(ctx: RuleContext): boolean {
  return ctx.model.md.citations.some((c) => c.keys.some((k) => k.key !== '*' && !isCrossReference(k.key)));
}

/**
 * Whether a file's problems are this report's to show: always for a file its front matter names; for one its
 * `.foresight.yml` or Quarto project names for every report, only in the reports that cite something, so
 * that one broken project bibliography is not reported on every page that cites nothing.
 */
function concerns(ctx: RuleContext, f: ScopedBibliography): boolean {
  return f.origin === 'front matter' || citesAnything(ctx);
}

export const bibliographyNotFound: Rule = {
  code: 'bibliography-not-found',
  defaultSeverity: 'error',
  description: 'A bibliography the report names cannot be read.',
  needsTemplate: false,
  check(ctx) {
    for (const f of ctx.citations?.files ?? []) {
      if ('error' in f.loaded && concerns(ctx, f)) {
        const at = anchor(ctx, f);
        const error = wordProblem({ message: f.loaded.error, key: f.loaded.key, params: f.loaded.params }, ctx.messages);
        report(ctx, ctx.messages.t('bibliography-not-found', { name: where(ctx, f), error }), at.start, at.end);
      }
    }
  },
};

/** Problems listed per bibliography in one finding; the rest are counted. */
const MAX_LISTED = 5;

export const bibliographySyntax: Rule = {
  code: 'bibliography-syntax',
  defaultSeverity: 'error',
  description: 'A bibliography has entries Pandoc cannot read.',
  needsTemplate: false,
  check(ctx) {
    const scope = ctx.citations;
    for (const f of scope?.files ?? []) {
      if (!('bibliography' in f.loaded) || f.loaded.bibliography.problems.length === 0 || !concerns(ctx, f)) continue;
      const problems = f.loaded.bibliography.problems;
      const m = ctx.messages;
      const listed = m.semicolonList(
        problems.slice(0, MAX_LISTED).map((p) => m.t('bibliography-syntax.line', { line: p.line, problem: wordProblem(p, m).replace(/\.$/, '') })),
      );
      const all = problems.length > MAX_LISTED ? m.plural('bibliography-syntax.more', problems.length - MAX_LISTED, { problems: listed }) : listed;
      const at = anchor(ctx, f);
      report(ctx, m.plural('bibliography-syntax', problems.length, { name: where(ctx, f), problems: all }), at.start, at.end);
    }
    for (const p of scope?.inline?.problems ?? [])
      report(ctx, ctx.messages.t('bibliography-syntax.references', { problem: wordProblem(p, ctx.messages) }), p.start, p.end);
  },
};

export const duplicateReference: Rule = {
  code: 'duplicate-reference',
  defaultSeverity: 'warning',
  description: 'A cited key is defined twice: Pandoc uses the last definition.',
  needsTemplate: false,
  check(ctx) {
    const scope = ctx.citations;
    if (!scope) return;
    // The report's own references: at each entry a later one of the same key overrides.
    const inline = scope.inline;
    for (const d of inline?.duplicates ?? []) {
      const winner = inline!.byKey.get(d.key)!;
      report(ctx, ctx.messages.t('duplicate-reference.inline', { key: d.key, line: winner.line }), d.keyStart, d.keyEnd);
    }
    // Bibliography files: at the first citation of a key defined twice, in one file or in two of the list.
    const seen = new Set<string>();
    for (const c of ctx.model.md.citations) {
      for (const k of c.keys) {
        if (seen.has(k.key) || inline?.byKey.has(k.key)) continue;
        seen.add(k.key);
        const defs: string[] = [];
        let count = 0;
        for (const f of scope.files) {
          if (!('bibliography' in f.loaded)) continue;
          const b = f.loaded.bibliography;
          const winner = b.byKey.get(k.key);
          if (!winner) continue;
          const lines = [...b.duplicates.filter((d) => d.key === k.key).map((d) => d.line), winner.line];
          defs.push(ctx.messages.plural('duplicate-reference.at', lines.length, { file: fileNameOf(f.loaded.path), lines: lines.join(', ') }));
          count += lines.length;
        }
        if (count < 2) continue;
        const used = lookupKey(scope, k.key)!;
        const definitions = ctx.messages.semicolonList(defs);
        report(ctx, ctx.messages.t('duplicate-reference', { key: k.key, count, definitions, file: fileNameOf(used.in), line: used.ref.line }), k.start, k.end);
      }
    }
  },
};

/** The keys `nocite:` adds to the bibliography without a citation; `*` for all. */
function nocited(ctx: RuleContext): { all: boolean; keys: Set<string> } {
  const v = ctx.model.frontMatter?.fields.get('nocite')?.value;
  const text = Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
  const keys = new Set([...text.matchAll(/@\{?([^\s,;\]}]+)/g)].map((m) => m[1]));
  return { all: keys.has('*'), keys };
}

export const unusedReference: Rule = {
  code: 'unused-reference',
  defaultSeverity: 'info',
  offByDefault: true,
  description: 'A bibliography entry is never cited by the report.',
  needsTemplate: false,
  check(ctx) {
    const scope = ctx.citations;
    if (!scope) return;
    const { all, keys: listed } = nocited(ctx);
    if (all) return;
    const cited = new Set(listed);
    for (const c of ctx.model.md.citations) for (const k of c.keys) cited.add(k.key);
    // The report's own references: each entry never cited, at its key.
    for (const ref of scope.inline?.byKey.values() ?? []) {
      if (!cited.has(ref.key)) report(ctx, ctx.messages.t('unused-reference.inline', { key: ref.key }), ref.keyStart, ref.keyEnd);
    }
    for (const f of scope.files) {
      if (!('bibliography' in f.loaded)) continue;
      const unused = [...f.loaded.bibliography.byKey.keys()].filter((k) => !cited.has(k));
      if (unused.length === 0) continue;
      const first = unused.slice(0, MAX_LISTED).join(', ');
      const keys = unused.length > MAX_LISTED ? ctx.messages.plural('unused-reference.more', unused.length - MAX_LISTED, { keys: first }) : first;
      const at = anchor(ctx, f);
      report(ctx, ctx.messages.plural('unused-reference', unused.length, { name: where(ctx, f), keys }), at.start, at.end);
    }
  },
};
