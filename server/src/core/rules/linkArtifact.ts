import type { Span } from '../parse/blocks';
import type { Rule } from './rule';

const reArtifact = /\((?:link is external|link sends e-?mail|external link|opens in (?:a )?new (?:window|tab))\)/gi;

export const linkArtifact: Rule = {
  code: 'link-artifact',
  defaultSeverity: 'warning',
  description: 'Web-copy debris such as "(link is external)" left in the text.',
  needsTemplate: false,
  check({ model, readEnd, messages, report }) {
    // Only prose is edited: never code, HTML (comments and attributes), an autolink, a link's destination
    // or title, a link definition. A bare URL is prose: web copy glues the debris to it ("…/140091(link is external)").
    const notProse = mergeSpans([model.md.literalSpans, model.md.markupSpans, model.md.urls.filter((u) => u.kind === 'definition')]);
    const fmEnd = model.md.frontMatter ? model.md.frontMatter.end : 0;
    let k = 0;
    const re = new RegExp(reArtifact);
    // The same few artifacts repeat: their words are made once, not once per finding (docs/reliability.md, memory).
    const said = new Map<string, { message: string; title: string }>();
    const wording = (artifact: string): { message: string; title: string } => {
      let words = said.get(artifact);
      if (!words) {
        words = { message: messages.t('link-artifact', { artifact }), title: messages.t('fix.remove-artifact', { artifact }) };
        if (said.size < 256) said.set(artifact, words);
      }
      return words;
    };
    // Up to where the scanner read: past it nothing is reported, and 190,000 matches would each cost a match array.
    for (let m = re.exec(model.text); m !== null && m.index < readEnd; m = re.exec(model.text)) {
      const textStart = m.index;
      const end = textStart + m[0].length;
      // The fix also takes one space or tab before the artifact.
      const before = model.text.charCodeAt(textStart - 1);
      const start = before === 32 || before === 9 ? textStart - 1 : textStart;
      if (start < fmEnd) continue;
      while (k < notProse.length && notProse[k].end <= textStart) k++;
      if (k < notProse.length && notProse[k].start < end) continue;
      if (inBrokenDestination(model.text, textStart)) continue;
      const words = wording(m[0]);
      report({
        message: words.message,
        start: textStart,
        end,
        fixes: [{ title: words.title, edits: [{ start, end, newText: '' }], safe: true, preferred: true }],
      });
    }
  },
};

/**
 * Whether the word the debris is glued to is a link destination, an autolink
 * or an attribute that a space inside broke (`[x](https://e.org/(link is
 * external))`, `<https://…(link is external)>`, `[d]: https://…`): removing it
 * would turn text into a different link.
 */
function inBrokenDestination(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && !/[\s(<"'[\]]/.test(text[i - 1]) && at - i < 2000) i--;
  const before = text.slice(Math.max(0, i - 3), i);
  return /\]\($|<$|=["']?$|\]:\s?$/.test(before) || /^\s{0,3}\[[^\]]+\]:\s*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i));
}

/** The union of several lists of spans, sorted and disjoint. */
function mergeSpans(lists: ReadonlyArray<ReadonlyArray<Span>>): Span[] {
  const all = lists
    .flat()
    .map((x) => ({ start: x.start, end: x.end }))
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const x of all) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push(x);
  }
  return out;
}
