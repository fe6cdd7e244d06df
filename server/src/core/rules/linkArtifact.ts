import type { Rule } from './rule';

const reArtifact = /[ \t]?\((?:link is external|link sends e-?mail|external link|opens in (?:a )?new (?:window|tab))\)/gi;

export const linkArtifact: Rule = {
  code: 'link-artifact',
  defaultSeverity: 'warning',
  description: 'Web-copy debris such as "(link is external)" left in the text.',
  needsTemplate: false,
  check({ model, report }) {
    const literal = model.md.literalSpans;
    const fmEnd = model.md.frontMatter ? model.md.frontMatter.end : 0;
    let k = 0;
    for (const m of model.text.matchAll(reArtifact)) {
      const start = m.index as number;
      const end = start + m[0].length;
      if (start < fmEnd) continue;
      while (k < literal.length && literal[k].end <= start) k++;
      if (k < literal.length && literal[k].start < end) continue;
      const textStart = m[0].startsWith('(') ? start : start + 1;
      report({
        message: `Web-copy artifact "${model.text.slice(textStart, end)}".`,
        start: textStart,
        end,
        fixes: [{ title: `Remove "${model.text.slice(textStart, end)}"`, edits: [{ start, end, newText: '' }], safe: true, preferred: true }],
      });
    }
  },
};
