/** The rule registry: one module per code of docs/rules.md. */
import { ambiguousIbid } from './ambiguousIbid';
import { bibliographyNotFound, bibliographySyntax, duplicateReference, undefinedCitation, unusedReference } from './citations';
import { configRule } from './configRule';
import { deadLink } from './deadLink';
import { duplicateFootnote } from './duplicateFootnote';
import { duplicateSection } from './duplicateSection';
import { duplicateSource } from './duplicateSource';
import { emptyFootnote } from './emptyFootnote';
import { emptySection } from './emptySection';
import { footnoteOrder } from './footnoteOrder';
import { frontMatterSyntax } from './frontMatterSyntax';
import { ibidWithoutAntecedent } from './ibidWithoutAntecedent';
import { insecureUrl } from './insecureUrl';
import { invalidMetadata } from './invalidMetadata';
import { invalidUrl } from './invalidUrl';
import { linkArtifact } from './linkArtifact';
import { missingMetadata } from './missingMetadata';
import { missingSection } from './missingSection';
import { missingSourceUrl } from './missingSourceUrl';
import type { Rule } from './rule';
import { sectionOrder } from './sectionOrder';
import { undefinedFootnote } from './undefinedFootnote';
import { unknownTemplate } from './unknownTemplate';
import { unusedFootnote } from './unusedFootnote';
import { translationDrift } from './translationDrift';

export const rules: readonly Rule[] = [
  missingSection,
  sectionOrder,
  duplicateSection,
  emptySection,
  unknownTemplate,
  frontMatterSyntax,
  missingMetadata,
  invalidMetadata,
  undefinedFootnote,
  unusedFootnote,
  duplicateFootnote,
  emptyFootnote,
  footnoteOrder,
  ibidWithoutAntecedent,
  ambiguousIbid,
  missingSourceUrl,
  undefinedCitation,
  bibliographyNotFound,
  bibliographySyntax,
  duplicateReference,
  unusedReference,
  invalidUrl,
  linkArtifact,
  duplicateSource,
  insecureUrl,
  deadLink,
  translationDrift,
  configRule,
];

export const rulesByCode = new Map(rules.map((r) => [r.code, r]));
