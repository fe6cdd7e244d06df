/**
 * What GFM sees, by the reference implementation the contract names:
 * micromark + micromark-extension-gfm + micromark-extension-frontmatter,
 * through mdast-util-from-markdown for resolved references, and micromark's
 * own events for the references an undefined label would get.
 */
import { isDefinableFootnoteId } from '../../server/src/core/parse/labels';

export interface RefFacts {
  /** `offset:ID` of every footnote call GFM resolves. */
  refs: string[];
  /** `offset:ID` of every definition. */
  defs: string[];
  /** `offset:ID` of calls that would resolve if their labels were defined, for undefined labels. */
  undefinedRefs: string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
let mods: Any;

async function load(): Promise<Any> {
  if (!mods) {
    const dynamicImport = new Function('s', 'return import(s)') as (s: string) => Promise<Any>;
    const [micromark, gfm, frontmatter, fromMarkdown, gfmFootnoteMdast, frontmatterMdast] = await Promise.all([
      dynamicImport('micromark'),
      dynamicImport('micromark-extension-gfm'),
      dynamicImport('micromark-extension-frontmatter'),
      dynamicImport('mdast-util-from-markdown'),
      dynamicImport('mdast-util-gfm-footnote'),
      dynamicImport('mdast-util-frontmatter'),
    ]);
    mods = { micromark, gfm, frontmatter, fromMarkdown, gfmFootnoteMdast, frontmatterMdast };
  }
  return mods;
}

export async function loadReference(): Promise<(text: string) => RefFacts> {
  const m = await load();
  const extensions = [m.gfm.gfm(), m.frontmatter.frontmatter()];
  return (text: string): RefFacts => {
    const tree = m.fromMarkdown.fromMarkdown(text, {
      extensions,
      mdastExtensions: [m.gfmFootnoteMdast.gfmFootnoteFromMarkdown(), m.frontmatterMdast.frontmatterFromMarkdown()],
    });
    const refs: string[] = [];
    const defs: string[] = [];
    const walk = (node: Any): void => {
      if (node.type === 'footnoteReference') refs.push(`${node.position.start.offset}:${node.identifier.toUpperCase()}`);
      if (node.type === 'footnoteDefinition') defs.push(`${node.position.start.offset}:${node.identifier.toUpperCase()}`);
      if (node.children) for (const c of node.children) walk(c);
    };
    walk(tree);
    const definedIds = new Set(defs.map((d) => d.slice(d.indexOf(':') + 1)));
    // Every label a definition could carry counts as defined.
    const parser = m.micromark.parse({ extensions });
    parser.gfmFootnotes = { includes: (id: string) => isDefinableFootnoteId(id), push: () => undefined };
    const events = m.micromark.postprocess(parser.document().write(m.micromark.preprocess()(text, undefined, true)));
    const undefinedRefs: string[] = [];
    let inImage = 0;
    for (let k = 0; k < events.length; k++) {
      const [kind, token, context] = events[k];
      // mdast keeps an image's label only as alt text, so calls in it are no references.
      if (token.type === 'image') inImage += kind === 'enter' ? 1 : -1;
      if (kind === 'enter' && token.type === 'gfmFootnoteCallString' && inImage === 0) {
        const id = normalize(context.sliceSerialize(token));
        if (!definedIds.has(id)) {
          // The call starts at its `[`: the enter event of the enclosing gfmFootnoteCall.
          let j = k;
          while (j >= 0 && !(events[j][0] === 'enter' && events[j][1].type === 'gfmFootnoteCall')) j--;
          undefinedRefs.push(`${events[j][1].start.offset}:${id}`);
        }
      }
    }
    return { refs: refs.sort(), defs: defs.sort(), undefinedRefs: undefinedRefs.sort() };
  };
}

function normalize(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}
