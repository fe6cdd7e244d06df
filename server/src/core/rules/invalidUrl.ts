import { ENGLISH, type Messages, type MessageKey } from '../messages';
import { overlapsAny } from '../notes/identifiers';
import type { MdFootnoteDef, MdUrl } from '../parse/markdown';
import type { Rule } from './rule';
import type { Fix } from '../types';
import { trimEndChars } from '../text/trim';
import { partitionPoint } from '../text/search';
import { normalizeIdentifier } from '../parse/chars';
import { callInAddress } from '../model';
import { reElidedAddress } from '../notes/sources';
import { letters } from '../text/letters';

/**
 * Only links that cannot work (docs/rules.md#invalid-url): a misspelt web
 * scheme (`htps:`, `hhttps:`, `https:/x`), a web address whose host has no
 * dot, spaces in a destination that is not in `<…>`. Every RFC 3986 scheme
 * (`irc:`, `rdar:`, `zotero:`, rustdoc's `std::…`), relative paths and
 * anchors are fine.
 */

/** What is wrong with an address: a `url.*` entry of the catalogue and its parameters. */
export interface UrlProblem {
  key: MessageKey & `url.${string}`;
  params?: Record<string, string>;
}

const cache = new Map<string, UrlProblem | undefined>();

/** Why a URL cannot work, or undefined. (Cached: reports cite the same URLs again and again.) */
export function urlProblemOf(url: string, angle = false): UrlProblem | undefined {
  const key = angle ? `<${url}` : url;
  if (cache.has(key)) return cache.get(key);
  const problem = findUrlProblem(url, angle);
  if (cache.size > 50000) cache.clear();
  cache.set(key, problem);
  return problem;
}

/** Why a URL cannot work, in words (English unless `messages` say otherwise), or undefined. */
export function urlProblem(url: string, angle = false, messages: Messages = ENGLISH): string | undefined {
  const problem = urlProblemOf(url, angle);
  return problem && say(messages, problem);
}

function say(messages: Messages, problem: UrlProblem): string {
  return messages.dynamic(problem.key, problem.params);
}

/** Edit distance with transpositions, up to 2 (enough to tell `htps` and `hhttps` from an unrelated scheme). */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length] === 1;
}

/** A scheme one typo away from http or https (`htps`, `htp`, `httpss`, `hhttps`, `ttps`). */
export function isMisspeltWebScheme(scheme: string): boolean {
  const s = scheme.toLowerCase();
  return s !== 'http' && s !== 'https' && s.length <= 7 && (near(s, 'http') || near(s, 'https'));
}

const rePlaceholderHost = letters(String.raw`^[a-zA-Z]+:\/\/[^/?#]*(?:\[[\p{L}\s_-]{1,40}\]|\{\{?[^{}/]{1,40}\}\}?|<[\p{L}\s_-]{1,40}>)`, 'u');

function findUrlProblem(url: string, angle: boolean): UrlProblem | undefined {
  if (!angle && /\s/.test(url)) return { key: 'url.spaces' };
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]{0,31}):/.exec(url);
  if (!m) return undefined; // relative path, anchor, or no scheme at all
  const scheme = m[1].toLowerCase();
  if (isMisspeltWebScheme(scheme)) return { key: 'url.misspelt-scheme', params: { scheme: m[1] } };
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  if (!/^[a-zA-Z]+:\/\//.test(url)) return { key: 'url.needs-slashes', params: { scheme: m[1] } };
  // A template's placeholder host ("www.[agency].gov", "{org}.example.org") is filled in by whoever uses it.
  if (rePlaceholderHost.test(url)) return undefined;
  // A Markdown link written inside <…>: "<https://x.org/a/](https://x.org/a/>" is one address, text and all.
  if (url.includes('](') && /\]\((?:https?:|www\.)/i.test(url)) return { key: 'url.markdown-inside' };
  // Two addresses with no space between them ("…/request.mdhttps://github.com/…"): a letter or digit right before a
  // second scheme. Not an address carried in a query or a path after "=", "/" or "%" (a redirect, an archived copy).
  const second = reGluedSecond.exec(url.slice(m[0].length + 2));
  if (second) return { key: 'url.two-addresses', params: { glued: second[0] } };
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return { key: /^[a-zA-Z]+:\/\/[#/?]/.test(url) || url.length === m[0].length + 2 ? 'url.no-host' : 'url.invalid' };
  }
  if (!host) return { key: 'url.no-host' };
  if (!host.includes('.') && host !== 'localhost' && !host.startsWith('[')) return { key: 'url.incomplete-host', params: { host } };
  return undefined;
}

/**
 * A second web address glued to the end of the first: its last characters and the scheme, "mdhttps://". Not after a
 * percent-encoded character ("%2Fhttps://", "%3Dhttps://"): an address carried in the first, encoded.
 */
const reGluedSecond = /(?<![A-Za-z0-9%])(?!%)[A-Za-z0-9]{1,12}(?<!%[0-9A-Fa-f]{1,2}[A-Za-z0-9]{0,10})(?=https?:\/\/)https?:\/\//;

/**
 * Text in a note that was meant as a web address but is not one: a misspelt
 * scheme (`htps://x`), a missing colon or slash (`http//x`, `https:/x`), or
 * letters glued to the scheme (`athttps://x`). Correct addresses GFM does
 * not link (`ftp://x`) are left alone.
 */
const reSuspect =
  /(?<![\w/.:])([a-zA-Z]{0,12}?)(h{0,2}t{1,2}p{1,2}s{0,2})(:\/?(?!\/)|\/\/|:\/{3}(?!\/)|:\/\/[ \t]+(?=www\.)|:\/\/|:[ \t]+\/{1,2})(?=[\w.-]{2,}[./])[^\s<>"'`)\]]*/gi;

/** What follows an address elided on purpose: its closing stop, then an ellipsis. */
const reElided = /^\.?[ \t]?(?:\.{2,}|…)/;
/**
 * The rest of an address after a space: a path with a query (`view?id=60`), or folders and a document's file name
 * (`2014/05/report.pdf`), Markdown's escapes in it ("view\\_respondent?\\_b=60"). Not a host, "www.x.org/a.html"
 * (another address), a lone file name ("new.html"), which prose may name, nor a local path ("./copy.pdf",
 * "~/Downloads/a.pdf", "\\\\server\\a.pdf").
 */
const reSplitRest =
  /^[ \t](?![\w-]+(?:\.[\w-]+)+\/|[.~\\])((?:[\w\\.%~-]+\/)*[\w\\.%~-]+\?[\w\\.%&=~-]*=[\w\\.%&=~-]*|(?:[\w\\.%~-]+\/)+[\w\\.%~-]+\.(?:pdf|html?|aspx?|php|jsp|docx?|xlsx?)\b)/;

/**
 * Joins an address cut by a line break to its rest: the line break and the next line's indent go. Not applied by
 * `--fix`: a hyphen at the end of a line may be the wrapping's, not the address's.
 */
function joinLines(u: MdUrl, wrapped: RegExpExecArray, messages: Messages): Fix[] {
  return [
    { title: messages.t('fix.join-address-lines'), edits: [{ start: u.end, end: u.end + wrapped[0].length - wrapped[1].length, newText: '' }], safe: false },
  ];
}

/**
 * The rest of an address on the next line, right at its start (its indent, in a note, before it): a host and a path,
 * "studies.org/2023/tides/", or, after an address cut at a hyphen or a dot, a host, "studies.org". Not a word of the
 * prose that has a dot ("v2.1", "e.g.", "Node.js"): an intranet name at a line's end is that.
 */
const reWrappedRest = /^\r?\n[ \t]*([\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:[/?#][^\s()<>]{0,300})?)/;
function wrappedRest(u: MdUrl, text: string): RegExpExecArray | null {
  const m = reWrappedRest.exec(text.slice(u.end, u.end + 300));
  return m && (/[/?#]/.test(m[1]) || /[-.]$/.test(u.url)) ? m : null;
}

/** `[text] (https://…)`: a space between the brackets and the address, so no link. */
const reSpaceBeforeParen = /\[[^\]\n]{1,300}\][ \t]+\((?:https?:\/\/|www\.)[^()\s]{1,500}\)/g;

/** `<https://… with a space>`: GFM makes no autolink of it (at most a bare link of what comes before the space). */
const reSpacedAutolink = /<https?:\/\/[^<>\s]{0,500}\s[^<>\n]{0,300}>/g;

/** `](address with space)` that did not become a link. */
const reSpacedDestination = /\]\(((?:https?:\/\/[^()\s<>]{0,500}|\.{0,2}\/[^()\s<>]{1,500})\s[^()<>\n]{0,200})\)/g;

function suspectProblem(glued: string, scheme: string, sep: string): UrlProblem | undefined {
  const s = scheme.toLowerCase();
  if (glued) return /^https?$/.test(s) && sep === '://' ? { key: 'url.glued', params: { glued } } : undefined;
  if (s === 'http' || s === 'https') {
    if (sep === '://') return undefined;
    // "https:///content/2020-census": the host is missing
    if (/^:\/{3}/.test(sep)) return { key: 'url.no-host' };
    if (/^:[ \t]/.test(sep)) return { key: 'url.space-after-scheme', params: { scheme } };
    // "https:// www.e.org": GFM links "www.e.org" alone, over http
    if (/^:\/\/[ \t]/.test(sep)) return { key: 'url.space-after-slashes', params: { scheme } };
    return { key: sep.startsWith(':') ? 'url.missing-slash' : 'url.missing-colon', params: { scheme } };
  }
  return isMisspeltWebScheme(s) ? { key: 'url.misspelt-scheme', params: { scheme } } : undefined;
}

/**
 * The address before a swallowed call, its closing punctuation left outside, put in <…>: "<http://127.0.0.1:8080>.[^3]".
 * Only for an address with its scheme (an autolink needs one).
 */
function closeAddress(text: string, u: { start: number; end: number }, messages: Messages): Fix[] | undefined {
  const written = text.slice(u.start, u.end);
  // Closing punctuation and emphasis marks, a closing quote, and a closing parenthesis that opens nothing in the address
  // ("(https://x.org/a).[^3]", "**https://x.org/a**[^3]"), as GFM's bare addresses leave them out.
  const whole = written.slice(0, callInAddress(written)?.index ?? written.length);
  let open = 0;
  let close = 0;
  for (const c of whole) {
    if (c === '(') open++;
    else if (c === ')') close++;
  }
  let cut = whole.length;
  for (; cut > 0; cut--) {
    const c = whole[cut - 1];
    if (c === ')' && close > open) close--;
    else if (!'.,:;!?*_~"\'”’»'.includes(c)) break;
  }
  const address = whole.slice(0, cut);
  if (!/^[a-z][a-z\d+.-]{1,31}:\/\/\S/i.test(address)) return undefined;
  const end = u.start + address.length;
  return [
    {
      title: messages.t('fix.close-address'),
      edits: [
        { start: u.start, end: u.start, newText: '<' },
        { start: end, end, newText: '>' },
      ],
      safe: true,
      preferred: true,
    },
  ];
}

export const invalidUrl: Rule = {
  code: 'invalid-url',
  defaultSeverity: 'error',
  description: 'A link cannot work: a misspelt web scheme, a web address whose host has no dot, or spaces outside <…>.',
  needsTemplate: false,
  check({ model, messages, report }) {
    const text = model.text;
    // Whether an offset is inside a footnote definition (sorted once, when an elided address first asks; a definition
    // nested in the one before it ends first: a few before the last that starts earlier are looked at).
    let defs: MdFootnoteDef[] | undefined;
    const inNote = (at: number): boolean => {
      const sorted = (defs ??= [...model.md.defs].sort((a, b) => a.start - b.start));
      const last = partitionPoint(sorted.length, (i) => sorted[i].start <= at) - 1;
      for (let k = last; k >= 0 && k > last - 8; k--) if (at < sorted[k].end) return true;
      return false;
    };
    for (const u of model.md.urls) {
      if (u.kind === 'reference') continue; // reported at its definition
      // A bare address runs to the next space, so a footnote call written right after it ("…:8080.[^3]") is taken
      // into the address by GFM: the link is wrong and the call is lost (docs/rules.md#invalid-url).
      const swallowed = u.kind === 'literal' ? callInAddress(u.url) : undefined;
      // Only a call of a note the file defines: "?q=[^a-z]" in a search address is no call.
      const call = swallowed && model.notesById.has(normalizeIdentifier(swallowed.label)) ? swallowed : undefined;
      // A browser encodes spaces in an HTML attribute itself; a Markdown destination cannot hold one outside <…>.
      let problem: UrlProblem | undefined = call
        ? { key: 'url.swallowed-call', params: { call: `[^${call.label}]` } }
        : urlProblemOf(u.url, u.kind === 'html' || isAngle(text, u));
      // An address cut where its line ends ("…(https://harbour-\nstudies.org/…)", hard-wrapped text): not a typo of the
      // host but the rest of the address on the next line.
      const wrapped = problem !== undefined && (problem.key === 'url.incomplete-host' || problem.key === 'url.no-host') ? wrappedRest(u, text) : null;
      if (wrapped) problem = { key: 'url.line-break', params: { rest: wrapped[1] } };
      // A bare address that ends at a space its rest follows ("…/consultation/ view_respondent?id=60"): the link stops short.
      const rest = !problem && !call && u.kind === 'literal' && u.url.endsWith('/') ? reSplitRest.exec(text.slice(u.end, u.end + 300)) : null;
      if (rest)
        report({
          message: messages.t('invalid-url', { url: u.url, problem: say(messages, { key: 'url.split', params: { rest: rest[1] } }) }),
          start: u.start,
          end: u.end + rest[0].length,
        });
      // An address elided on purpose in a template or a style guide's example ("http://www. ... [date]"): no link meant.
      // In a note it is a source's address still to be written: reported.
      if (
        u.kind === 'literal' &&
        problem !== undefined &&
        (reElidedAddress.test(u.url) || (/^https?:\/\/www$/i.test(u.url) && reElided.test(text.slice(u.end, u.end + 8))))
      ) {
        if (!inNote(u.start)) continue;
        problem = { key: 'url.elided' };
      }
      if (problem)
        report({
          // (a swallowed call's address as written: "www.…" has no scheme to add)
          message: messages.t('invalid-url', { url: call ? text.slice(u.start, u.end) : u.url, problem: say(messages, problem) }),
          start: u.start,
          end: u.end,
          fixes: call ? closeAddress(text, u, messages) : wrapped ? joinLines(u, wrapped, messages) : undefined,
        });
    }
    for (const note of model.notes) {
      // URLs and code spans do not overlap each other: one sorted list, searched by bisection.
      const skip = [...note.urls, ...note.def.codeSpans].sort((a, b) => a.start - b.start);
      const code = [...note.def.codeSpans].sort((a, b) => a.start - b.start);
      const linkStarts = new Set(note.urls.filter((u) => u.kind === 'link' || u.kind === 'image').map((u) => u.start));
      for (const span of note.def.textSpans) {
        const line = text.slice(span.start, span.end);
        if (!/tp|tt/i.test(line)) continue;
        for (const m of line.matchAll(reSuspect)) {
          const problem = suspectProblem(m[1], m[2], m[3]);
          if (!problem) continue;
          const start = span.start + (m.index as number);
          const end = start + trimEndChars(m[0], '.,;:').length;
          // (after "https:// " GFM links the "www." address that follows: only the scheme is outside it)
          const head = problem.key === 'url.space-after-slashes' ? start + m[1].length + m[2].length + m[3].length : end;
          // (a link's destination "](https:// www.…)" is reported as one with a space, below)
          if (overlapsAny(skip, start, head) || (head !== end && text.slice(start - 2, start) === '](')) continue;
          report({
            message: messages.t('invalid-url.suspect', { text: text.slice(start, end), problem: say(messages, problem) }),
            start,
            end,
            fixes: head !== end ? removeSpaceAfterSlashes(start + m[1].length + m[2].length + 3, head, m[2], messages) : undefined,
          });
        }
        if (line.includes('](')) {
          for (const m of line.matchAll(reSpacedDestination)) {
            const start = span.start + (m.index as number) + 2;
            const end = start + m[1].length;
            // A link with a title, [x](https://e.org "Title"), is a link: its address starts here.
            if (linkStarts.has(start) || containedInAny(skip, start, end)) continue;
            // "](https:// www.e.org/a)": the one space is after the slashes; without it the link works
            const slashes = /^(https?):\/\/([ \t]+)\S+$/i.exec(m[1]);
            const from = start + (slashes?.[1].length ?? 0) + 3;
            const fixes = slashes ? removeSpaceAfterSlashes(from, from + slashes[2].length, slashes[1], messages) : undefined;
            report({ message: messages.t('invalid-url.spaced-destination', { destination: m[1] }), start, end, fixes });
          }
        }
        if (line.includes('<')) {
          for (const m of line.matchAll(reSpacedAutolink)) {
            const start = span.start + (m.index as number);
            const end = start + m[0].length;
            if (overlapsAny(code, start, end)) continue;
            // (spaces a PDF's line breaks left in an address: taken out, it is the address meant, but a space may also
            // stand for %20: a quick fix, not --fix's)
            const edits = [...m[0].matchAll(/\s+/g)].map((w) => ({
              start: start + (w.index as number),
              end: start + (w.index as number) + w[0].length,
              newText: '',
            }));
            report({
              message: messages.t('invalid-url.spaced-autolink', { text: m[0] }),
              start,
              end,
              fixes: [{ title: messages.t('fix.remove-spaces-in-address'), edits, safe: false, preferred: true }],
            });
          }
        }
        for (const m of line.matchAll(reSpaceBeforeParen)) {
          const start = span.start + (m.index as number);
          const end = start + m[0].length;
          if (overlapsAny(code, start, end)) continue;
          report({ message: messages.t('invalid-url.space-before-paren', { text: m[0] }), start, end });
        }
      }
    }
  },
};

/** The spaces between "https://" and the address, [from, to), taken out: the address the author meant. */
function removeSpaceAfterSlashes(from: number, to: number, scheme: string, messages: Messages): Fix[] {
  return [{ title: messages.t('fix.remove-space-after-slashes', { scheme }), edits: [{ start: from, end: to, newText: '' }], safe: true, preferred: true }];
}

/** Whether [start, end) lies inside one of `ranges` (disjoint, sorted by start). */
function containedInAny(ranges: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  const last = partitionPoint(ranges.length, (k) => ranges[k].start <= start) - 1;
  return last >= 0 && end <= ranges[last].end;
}

/** A destination written in `<…>` may hold spaces. */
function isAngle(text: string, u: MdUrl): boolean {
  return (u.kind === 'link' || u.kind === 'image' || u.kind === 'definition') && text.charCodeAt(u.start - 1) === 60 && text.charCodeAt(u.end) === 62;
}
