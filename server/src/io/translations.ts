/**
 * Which file is a report's version in another language (README, "Bilingual reports"): the files its front matter
 * names (`translation: x.fr.md`, `translations: [..]` or `{fr: x.fr.md}`, relative to the report), else the
 * files its config's `translations:` patterns give (`{en: en/*.md, fr: fr/*.md}`), else by name: `x.md` and
 * `x.fr.md` (or `x.en.md`), `x.en.md` and `x.fr.md`. Candidates in order; the first that exists is it.
 */
import * as path from 'path';
import type { ReportModel } from '../core/model';

const LANGUAGES = ['en', 'fr'];

/** Where a config's `translations:` patterns apply: the config's folder and its patterns (`{en: en/*.md, fr: fr/*.md}`). */
export interface TranslationPatterns {
  dir: string;
  patterns: Record<string, string>;
}

/** The other languages' files of a report that one pattern matches (`*` standing for the same part in all). */
function byPattern(file: string, config: TranslationPatterns): string[] | undefined {
  const rel = path.relative(config.dir, file).split(path.sep).join('/');
  for (const [lang, pattern] of Object.entries(config.patterns)) {
    const [head, tail] = pattern.split('*');
    if (rel.length <= head.length + tail.length || !rel.startsWith(head) || !rel.endsWith(tail)) continue;
    const part = rel.slice(head.length, rel.length - tail.length);
    return Object.entries(config.patterns)
      .filter(([other]) => other !== lang)
      .map(([, p]) => path.join(config.dir, ...p.replace('*', part).split('/')));
  }
  return undefined;
}

export function translationCandidates(file: string, model: ReportModel, config?: TranslationPatterns): string[] {
  const dir = path.dirname(file);
  const fields = model.frontMatter?.fields;
  const named = fields?.get('translation')?.value ?? fields?.get('translations')?.value;
  const listed = typeof named === 'string' ? [named] : Array.isArray(named) ? named : named && typeof named === 'object' ? Object.values(named) : [];
  const own = listed.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => path.resolve(dir, v.trim()));
  if (own.length) return own.filter((f) => f !== file);
  const patterned = config && Object.keys(config.patterns).length ? byPattern(file, config) : undefined;
  if (patterned) return patterned;
  const base = path.basename(file);
  const tagged = /^(.+)\.([a-z]{2})\.(md|qmd|rmd|markdown)$/i.exec(base);
  if (tagged) {
    const lang = tagged[2].toLowerCase();
    return [`${tagged[1]}.${tagged[3]}`, ...LANGUAGES.filter((l) => l !== lang).map((l) => `${tagged[1]}.${l}.${tagged[3]}`)].map((n) => path.join(dir, n));
  }
  const plain = /^(.+)\.(md|qmd|rmd|markdown)$/i.exec(base);
  if (!plain) return [];
  const lang = model.language;
  return LANGUAGES.filter((l) => l !== lang).map((l) => path.join(dir, `${plain[1]}.${l}.${plain[2]}`));
}
