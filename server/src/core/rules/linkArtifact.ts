import type { Rule } from './rule';

const reArtifact = /\((?:link is external|link sends e-?mail|external link|opens in (?:a )?new (?:window|tab))\)/gi;

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
      const textStart = m.index as number;
      const end = textStart + m[0].length;
      // The fix also takes one space or tab before the artifact.
      const before = model.text.charCodeAt(textStart - 1);
      const start = before === 32 || before === 9 ? textStart - 1 : textStart;
      if (start < fmEnd) continue;
      while (k < literal.length && literal[k].end <= start) k++;
      if (k < literal.length && literal[k].start < end) continue;
      report({
        message: `Web-copy artifact "${model.text.slice(textStart, end)}".`,
        start: textStart,
        end,
        fixes: [{ title: `Remove "${model.text.slice(textStart, end)}"`, edits: [{ start, end, newText: '' }], safe: true, preferred: true }],
      });
    }
  },
};
