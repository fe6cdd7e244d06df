/**
 * The front matter fields a report knows, defined once: their meaning (for
 * completion), their allowed values (for completion and the report
 * skeletons) and what makes a value wrong (for `invalid-metadata`).
 */

/** STEEP categories, in the order they are offered. */
export const STEEP = ['social', 'technological', 'economic', 'environmental', 'political', 'values', 'legal'];
/** A report's status, any case. */
export const STATUS = ['draft', 'review', 'published'];

/** Each known field and what it holds, in the order completion offers them. */
export const FRONT_MATTER_FIELDS: ReadonlyArray<{ key: string; description: string }> = [
  { key: 'title', description: 'The report title' },
  { key: 'template', description: 'The report template: sections are checked against it' },
  { key: 'authors', description: 'List of authors' },
  { key: 'organisation', description: 'Publishing organisation (name or list)' },
  { key: 'date', description: 'Publication date, YYYY-MM-DD' },
  { key: 'horizon', description: 'Time horizon: 2035, 2030-2040 or 10-15 years' },
  { key: 'steep', description: 'STEEP categories (list)' },
  { key: 'status', description: 'draft, review or published' },
  { key: 'tags', description: 'List of tags' },
];

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The keys of a name given in parts, as CSL, Pandoc and journal sites write authors: `{given: Ada, family: Reyes}`. */
export const NAME_PARTS = ['name', 'literal', 'given', 'family', 'first', 'last'];
/** The keys under which a group author is named: `{consortium: {name: …}}`. */
export const GROUP_KEYS = ['consortium', 'collective', 'organisation', 'organization', 'group'];
/** A name: a string, or a mapping with a name part that is a string (`{last: Reyes, first: Ada, email: …}`). */
export function isName(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return true;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  // a group author named one level down: `{consortium: {name: The Harbour Initiative}, institute: …}`
  const group = GROUP_KEYS.find((k) => o[k] !== undefined);
  if (group !== undefined) return depth === 0 && isName(o[group], 1);
  // (each part given a string: not `{given: Ada, family: [Reyes, Lund]}`)
  const parts = NAME_PARTS.filter((k) => o[k] !== undefined && o[k] !== null);
  return parts.length > 0 && parts.every((k) => typeof o[k] === 'string') && parts.some((k) => (o[k] as string).trim() !== '');
}

/**
 * An ISO 8601 date, or a date and time as YAML and the site generators write
 * them: `2014-04-12`, `2014-04-12T12:04:11-04:00`, `2020-11-05 9:00:00`,
 * `2020-03-27T10:14:00-0600`, `2022-04-21T19:00:00Z`, with fractions of seconds.
 */
function isIsoDate(v: unknown): boolean {
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  if (typeof v !== 'string') return false;
  // A date the renderer computes: R Markdown's inline code, "`r Sys.Date()`", and Quarto's "today", "now", "last-modified".
  if (/^`r\s[^`]{1,200}`$/.test(v.trim()) || /^(?:today|now|last-modified)$/i.test(v.trim())) return true;
  const m = /^(\d{4}-\d{2}-\d{2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?[ \t]*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(v.trim());
  if (!m) return false;
  const d = new Date(`${m[1]}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(m[1])) return false;
  return m[2] === undefined || (+m[2] < 24 && +m[3] < 60 && (m[4] === undefined || +m[4] < 61));
}

function isHorizon(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2300;
  if (typeof v !== 'string') return false;
  const s = v.trim();
  let m: RegExpExecArray | null;
  if (/^\d{4}$/.test(s)) return true;
  if ((m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s))) return +m[1] <= +m[2];
  if ((m = /^(\d{1,3})(?:\s*[-–]\s*(\d{1,3}))?\s+years?$/i.exec(s))) return !m[2] || +m[1] <= +m[2];
  return false;
}

/** What each known field must be, or undefined when it is fine. */
export function metadataProblem(key: string, value: unknown): string | undefined {
  switch (key) {
    case 'title':
    case 'template':
      return typeof value === 'string' && value.trim() ? undefined : `"${key}" must be a non-empty string.`;
    case 'authors':
      return Array.isArray(value) && value.every(isName)
        ? undefined
        : '"authors" must be a list of names (each a string, or a name in parts: given and family).';
    case 'organisation':
      return (typeof value === 'string' && value.trim()) || isStringList(value) ? undefined : '"organisation" must be a name or a list of names.';
    case 'date':
      return isIsoDate(value) ? undefined : `"date" must be an ISO 8601 date YYYY-MM-DD, or a date and time (got ${JSON.stringify(value)}).`;
    case 'horizon':
      return isHorizon(value) ? undefined : `"horizon" must be a year (2035), a range (2030-2040) or a span (10-15 years); got ${JSON.stringify(value)}.`;
    case 'steep': {
      if (!isStringList(value)) return `"steep" must be a list of: ${STEEP.join(', ')}.`;
      const bad = value.filter((v) => !STEEP.includes(v.toLowerCase()));
      return bad.length ? `"steep" has unknown categories ${bad.map((b) => `"${b}"`).join(', ')} (known: ${STEEP.join(', ')}).` : undefined;
    }
    case 'status':
      return typeof value === 'string' && STATUS.includes(value.trim().toLowerCase()) ? undefined : `"status" must be one of ${STATUS.join(', ')} (any case).`;
    case 'tags':
      return Array.isArray(value) || (typeof value === 'string' && value.trim() !== '') ? undefined : '"tags" must be a list (or one tag).';
    default:
      return undefined;
  }
}
