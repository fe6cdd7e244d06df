/**
 * The words of the checker's diagnostics and fix titles, in English and in French: one entry per message, the
 * same keys in both languages (README, "Messages in your language"). Pure data: the rules build every message
 * through `messages/index.ts`, which picks the language and fills the placeholders.
 *
 * How an entry is written:
 * - `{name}` is a placeholder, filled with a parameter of that name. Both languages of a key have the same
 *   placeholders (test/unit/messages.test.ts checks it). No other braces appear in an entry.
 * - Plurals are two keys, `….one` and `….other`; the language's rule picks one (English: 1 is one; French:
 *   0 and 1 are one). A `….one` entry that omits `{count}` is used only where the count is 1 or more.
 * - Quoted text of the report (headings, labels, URLs, file names) goes into a placeholder as written, never
 *   translated. English quotes it "so"; French « ainsi ».
 * - Some entries are parts of a sentence (`url.*`, `source.*`): a predicate of the sentence that holds them.
 * - The English entries are the messages as they always were, byte for byte: tests and users' scripts match them.
 *
 * French conventions (as in package.nls.fr.json and l10n/bundle.l10n.fr.json): an ordinary space before `:`,
 * `;`, `?` and `!` and inside « », never a no-break space, so that every message reads the same in a terminal,
 * a CI log and the editor; the typographic apostrophe ’; the terms of Canadian federal style: « note »
 * (a footnote), « appel de note », « gabarit » (a template), « section », « entrée », « métadonnées » (the
 * front matter), « lien », « source », « bibliographie ». Front matter field names (`date`, `steep`,
 * `references`…), rule codes, option values and code stay as they are.
 */

export const en = {
  // Sections and templates
  'missing-section.entry': 'Entry "{entry}" is missing the section "{section}" (template {template}).',
  'missing-section.report': 'The report is missing the section "{section}" (template {template}).',
  'missing-section.did-you-mean': 'Did you mean the heading "{heading}"?',
  'section-order.after': 'Section "{section}" is out of order: the template {template} puts it after "{after}".',
  'section-order.first': 'Section "{section}" is out of order: the template {template} puts it first.',
  'duplicate-section': 'Section "{section}" appears again (first on line {line}).',
  'empty-section': 'Section "{section}" is empty.',
  'unknown-template.empty': '`template` must name a template.',
  'unknown-template': 'Unknown template "{template}".',
  'unknown-template.did-you-mean': 'Did you mean "{template}"?',
  'unknown-template.by-headings': 'Its headings ({headings}) are sections of the template "{template}".',
  'unknown-template.known': 'Known templates: {templates}.',

  // Front matter
  'front-matter-syntax': 'Front matter: {problem}',
  'missing-metadata.field': 'Front matter field "{field}" is required by the template {template}.',
  'missing-metadata.none': 'Front matter with {fields} is required by the template {template}.',
  'invalid-metadata.string': '"{key}" must be a non-empty string.',
  'invalid-metadata.authors': '"authors" must be a list of names.',
  'invalid-metadata.organisation': '"organisation" must be a name or a list of names.',
  'invalid-metadata.date': '"date" must be an ISO 8601 date YYYY-MM-DD, or a date and time (got {value}).',
  'invalid-metadata.horizon': '"horizon" must be a year (2035), a range (2030-2040) or a span (10-15 years); got {value}.',
  'invalid-metadata.steep-list': '"steep" must be a list of: {known}.',
  'invalid-metadata.steep-unknown': '"steep" has unknown categories {unknown} (known: {known}).',
  'invalid-metadata.status': '"status" must be one of {known} (any case).',
  'invalid-metadata.tags': '"tags" must be a list (or one tag).',

  // Footnotes
  'undefined-footnote': 'Footnote [^{label}] has no definition.',
  'unused-footnote': 'Footnote [^{label}] is defined but never referenced.',
  'duplicate-footnote': 'Footnote [^{label}] is defined again (first on line {line}); GFM uses the first.',
  'empty-footnote': 'Footnote [^{label}] is empty.',
  'empty-footnote.orphan': 'Footnote [^{label}] is empty: the text on the next line is not indented, so it is not part of the note. Indent it by 4 spaces.',
  'footnote-order.swap': 'Footnote [^{label}] is cited before [^{expected}]: numbers should rise in reading order.',
  'footnote-order.skip': 'Footnote numbers skip from [^{previous}] to [^{label}]: {why}.',
  'footnote-order.start': 'Footnote numbers start at [^{label}]: {why}.',
  'footnote-order.uncited': '[^{expected}] is defined but never cited',
  'footnote-order.absent': 'there is no [^{expected}]',
  'ibid-without-antecedent': 'Footnote [^{label}] is "Ibid." but is the first note in reading order: there is no earlier source.',
  'ambiguous-ibid': 'Footnote [^{label}] is "Ibid." after [^{previous}], which cites {count} sources: say which one.',
  'duplicate-source': 'Footnote [^{label}] repeats the citation of [^{first}] in full: a short form ("Ibid." or author and short title) would do.',

  // Sources without a way to find them: the note's or the entry's problem is a predicate of the message.
  'missing-source-url.note': 'Footnote [^{label}] {problem}.',
  'missing-source-url.entry': '@{key} ({where}) {problem}: add it to the entry.',
  'missing-source-url.in-file': '{file}, line {line}',
  'source.link-required': 'cites a source with no link (the team requires one: sources.require is link)',
  'source.online': 'cites an online source (it {reason}) but gives no link',
  'source.untraceable': 'cites a source with no link and nothing to trace it by (no URL, DOI, ISBN, publisher, journal or legal reference)',
  // Why a note reads as an online source (the `{reason}` of source.online).
  'source.says': 'says "{text}"',
  'source.report-by': 'is a report by {organisation}, published online',
  'source.wikipedia': 'cites Wikipedia',
  'source.names-site': 'names the site {site}',
  'source.names': 'names {outlet}',
  'source.kind': 'is a {kind}',
  'source.entry-webpage': 'is a web page with no URL',
  'source.entry-post': 'is an online post with no URL',
  'source.entry-post-weblog': 'is a blog post with no URL',
  'source.entry-link-required': 'has no URL or DOI (the team asks for a link for every source: sources.require is link)',
  'source.entry-untraceable': 'has no URL, DOI or details to trace it by (a publisher, journal or book)',

  // Citations and bibliographies
  'undefined-citation': '@{key} is in no bibliography in scope (searched: {searched}).',
  'undefined-citation.did-you-mean': 'Did you mean {keys}?',
  'undefined-citation.front-matter': 'the references in the front matter',
  'bibliography.named-in': '{name} (named in {origin})',
  'bibliography-not-found': 'Bibliography {name} cannot be read: {error}',
  'bibliography-syntax.one': 'Bibliography {name} has a problem Pandoc stops at: {problems}.',
  'bibliography-syntax.other': 'Bibliography {name} has {count} problems Pandoc stops at: {problems}.',
  'bibliography-syntax.line': 'line {line}: {problem}',
  'bibliography-syntax.more.one': '{problems} (and {count} more)',
  'bibliography-syntax.more.other': '{problems} (and {count} more)',
  'bibliography-syntax.references': 'references: {problem}',
  'duplicate-reference.inline': '"{key}" is defined again later in references (line {line} of the front matter): Pandoc uses that one and ignores this.',
  'duplicate-reference': '@{key} is defined {count} times ({definitions}): Pandoc uses the last, {file} line {line}.',
  'duplicate-reference.at.one': '{file} line {lines}',
  'duplicate-reference.at.other': '{file} lines {lines}',
  'unused-reference.inline': '"{key}" in references is never cited in this report.',
  'unused-reference.one': 'An entry of {name} is never cited in this report: {keys}.',
  'unused-reference.other': '{count} entries of {name} are never cited in this report: {keys}.',
  'unused-reference.more.one': '{keys} and {count} more',
  'unused-reference.more.other': '{keys} and {count} more',

  // Links
  'invalid-url': 'URL "{url}" {problem}.',
  'invalid-url.suspect': '"{text}" looks like a web address but {problem}.',
  'invalid-url.spaced-destination': '"[…]({destination})" is not a link: its address has a space (encode it as %20, or put the address in <…>).',
  'invalid-url.space-before-paren': '"{text}" is not a link: remove the space between "]" and "(".',
  // What is wrong with an address (the `{problem}` of invalid-url and invalid-url.suspect).
  'url.spaces': 'contains spaces (encode them as %20, or put the address in <…>)',
  'url.misspelt-scheme': 'has a misspelt scheme "{scheme}:" (http: or https:?)',
  'url.needs-slashes': 'needs "//" after "{scheme}:"',
  'url.no-host': 'has no host',
  'url.invalid': 'is not a valid web address',
  'url.incomplete-host': 'has an incomplete host "{host}"',
  'url.glued': 'has "{glued}" glued to its scheme',
  'url.space-after-scheme': 'has a space after "{scheme}:"',
  'url.missing-slash': 'is missing a slash after "{scheme}"',
  'url.missing-colon': 'is missing a colon after "{scheme}"',
  'link-artifact': 'Web-copy artifact "{artifact}".',
  'insecure-url': 'Source URL "{url}" is not secure (http://).',
  // dead-link: `{detail}` is the link check's own account of the answer ("404 Not Found").
  'dead-link.doi': 'DOI {doi}',
  'dead-link.url': '"{url}"',
  'dead-link.redirected': '{detail} (redirected to "{url}")',
  'dead-link.retried': '{detail} (after one retry)',
  'dead-link.gone-doi': 'Source gone: DOI {doi} is not registered (doi.org answers {detail}).',
  'dead-link.gone': 'Source gone: {what} answers {detail}.',
  'dead-link.unreachable': 'Source unreachable: {what}: {detail}.',
  'dead-link.unverified': 'Could not verify {what}: {detail}. Sites often turn checkers away; open it in a browser.',
  'dead-link.blocked': 'Not checked: {what} {detail}.',
  'dead-link.moved': 'Source moved permanently: {what} redirects to "{url}"; cite the new address.',

  // A report and its version in another language
  'translation-drift.version': 'the {language} version ({name})',
  'translation-drift.other-version': 'the other version ({name})',
  'translation-drift.front-matter': 'Front matter `{key}` is {here} here and {there} in {them}.',
  'translation-drift.entries.one': 'This report has {count} entry; {them} has {other}.',
  'translation-drift.entries.other': 'This report has {count} entries; {them} has {other}.',
  'translation-drift.no-section.entry': 'Entry "{entry}" has no section "{section}"; entry {index} of {them} has it ("{heading}").',
  'translation-drift.no-section.report': 'The report has no section "{section}"; entry {index} of {them} has it ("{heading}").',
  'translation-drift.extra-section': 'Section "{section}" is not in entry {index} of {them}.',
  'translation-drift.notes.one': 'Section "{section}" cites {count} note; its counterpart in {them} cites {other}.',
  'translation-drift.notes.other': 'Section "{section}" cites {count} notes; its counterpart in {them} cites {other}.',
  'translation-drift.figures': 'Figures differ from {them}: {differences}.',
  'translation-drift.figures-here': '{figures} here',
  'translation-drift.figures-there': '{figures} there',
  'translation-drift.note': 'Note {index} in reading order ([^{label}]) cites {here} here, and {there} in {them} ([^{theirs}]).',
  'translation-drift.fewer-sources': 'fewer sources',
  // A version's language, as translation-drift.version names it.
  'language.en': 'English',
  'language.fr': 'French',
  'language.de': 'German',
  'language.es': 'Spanish',
  'language.it': 'Italian',
  'language.pt': 'Portuguese',
  'language.nl': 'Dutch',

  // Fix titles (code actions)
  'fix.rename-heading': 'Rename the heading "{heading}" to "{section}"',
  'fix.insert-section': 'Insert section "{section}"',
  'fix.insert-all-sections': 'Insert all missing sections ({sections})',
  'fix.move-section': 'Move section "{section}" before "{target}"',
  'fix.use-template': 'Use the template "{template}"',
  'fix.add-definition': 'Add a definition for [^{label}]',
  'fix.remove-definition': 'Remove the unused footnote [^{label}]',
  'fix.indent-note': 'Indent the text of [^{label}] by 4 spaces',
  'fix.renumber': 'Renumber footnotes in reading order',
  'fix.shorten': 'Shorten to "{text}"',
  'fix.change-key': 'Change to @{key}',
  'fix.remove-artifact': 'Remove "{artifact}"',
  'fix.use-https': 'Use https://',
  'fix.replace-url': 'Replace with "{url}"',

  // Lists in messages
  'list.quoted': '"{text}"',
  'list.semicolon': '{list}; {item}',
} as const;

export type MessageKey = keyof typeof en;

/** A language's entries: every key of `en`, no other. */
export type Catalogue = { readonly [K in MessageKey]: string };

export const fr: Catalogue = {
  // Sections et gabarits
  'missing-section.entry': 'L’entrée « {entry} » n’a pas la section « {section} » (gabarit {template}).',
  'missing-section.report': 'Le rapport n’a pas la section « {section} » (gabarit {template}).',
  'missing-section.did-you-mean': 'Vouliez-vous dire le titre « {heading} » ?',
  'section-order.after': 'La section « {section} » n’est pas à sa place : le gabarit {template} la met après « {after} ».',
  'section-order.first': 'La section « {section} » n’est pas à sa place : le gabarit {template} la met en premier.',
  'duplicate-section': 'La section « {section} » figure une deuxième fois (première occurrence à la ligne {line}).',
  'empty-section': 'La section « {section} » est vide.',
  'unknown-template.empty': '`template` doit nommer un gabarit.',
  'unknown-template': 'Gabarit inconnu « {template} ».',
  'unknown-template.did-you-mean': 'Vouliez-vous dire « {template} » ?',
  'unknown-template.by-headings': 'Ses titres ({headings}) sont des sections du gabarit « {template} ».',
  'unknown-template.known': 'Gabarits connus : {templates}.',

  // Métadonnées
  'front-matter-syntax': 'Métadonnées : {problem}',
  'missing-metadata.field': 'Le champ de métadonnées « {field} » est exigé par le gabarit {template}.',
  'missing-metadata.none': 'Des métadonnées avec {fields} sont exigées par le gabarit {template}.',
  'invalid-metadata.string': '« {key} » doit être une chaîne non vide.',
  'invalid-metadata.authors': '« authors » doit être une liste de noms.',
  'invalid-metadata.organisation': '« organisation » doit être un nom ou une liste de noms.',
  'invalid-metadata.date': '« date » doit être une date ISO 8601 AAAA-MM-JJ, ou une date et une heure (reçu : {value}).',
  'invalid-metadata.horizon': '« horizon » doit être une année (2035), une période (2030-2040) ou une durée (10-15 years) ; reçu : {value}.',
  'invalid-metadata.steep-list': '« steep » doit être une liste de catégories parmi : {known}.',
  'invalid-metadata.steep-unknown': '« steep » contient des catégories inconnues {unknown} (catégories connues : {known}).',
  'invalid-metadata.status': '« status » doit être l’une des valeurs {known} (majuscules ou minuscules).',
  'invalid-metadata.tags': '« tags » doit être une liste (ou une seule étiquette).',

  // Notes
  'undefined-footnote': 'La note [^{label}] n’a pas de définition.',
  'unused-footnote': 'La note [^{label}] est définie, mais n’est jamais appelée.',
  'duplicate-footnote': 'La note [^{label}] est définie une deuxième fois (première définition à la ligne {line}) ; GFM retient la première.',
  'empty-footnote': 'La note [^{label}] est vide.',
  'empty-footnote.orphan':
    'La note [^{label}] est vide : le texte de la ligne suivante n’est pas en retrait, il ne fait donc pas partie de la note. Mettez-le en retrait de 4 espaces.',
  'footnote-order.swap': 'La note [^{label}] est appelée avant [^{expected}] : les numéros doivent se suivre dans l’ordre de lecture.',
  'footnote-order.skip': 'Les numéros des notes sautent de [^{previous}] à [^{label}] : {why}.',
  'footnote-order.start': 'Les numéros des notes commencent à [^{label}] : {why}.',
  'footnote-order.uncited': '[^{expected}] est définie, mais n’est jamais appelée',
  'footnote-order.absent': 'il n’y a pas de [^{expected}]',
  'ibid-without-antecedent': 'La note [^{label}] est « Ibid. », mais c’est la première note dans l’ordre de lecture : il n’y a aucune source avant elle.',
  'ambiguous-ibid': 'La note [^{label}] est « Ibid. » après [^{previous}], qui cite {count} sources : précisez laquelle.',
  'duplicate-source':
    'La note [^{label}] reprend en entier la citation de [^{first}] : une forme abrégée (« Ibid. » ou l’auteur et un titre abrégé) suffirait.',

  // Sources impossibles à retrouver : le problème de la note ou de l’entrée est un prédicat du message.
  'missing-source-url.note': 'La note [^{label}] {problem}.',
  'missing-source-url.entry': '@{key} ({where}) {problem} : complétez l’entrée.',
  'missing-source-url.in-file': '{file}, ligne {line}',
  'source.link-required': 'cite une source sans lien (l’équipe en exige un : sources.require vaut link)',
  'source.online': 'cite une source en ligne (elle {reason}), mais ne donne aucun lien',
  'source.untraceable':
    'cite une source sans lien ni rien qui permette de la retrouver (ni URL, ni DOI, ni ISBN, ni éditeur, ni revue, ni référence juridique)',
  'source.says': 'indique « {text} »',
  'source.report-by': 'est un rapport de {organisation}, publié en ligne',
  'source.wikipedia': 'cite Wikipédia',
  'source.names-site': 'nomme le site {site}',
  'source.names': 'nomme {outlet}',
  'source.kind': 'est de type « {kind} »',
  'source.entry-webpage': 'est une page Web sans URL',
  'source.entry-post': 'est une publication en ligne sans URL',
  'source.entry-post-weblog': 'est un billet de blogue sans URL',
  'source.entry-link-required': 'n’a ni URL ni DOI (l’équipe demande un lien pour chaque source : sources.require vaut link)',
  'source.entry-untraceable': 'n’a ni URL, ni DOI, ni détails qui permettent de la retrouver (un éditeur, une revue ou un livre)',

  // Citations et bibliographies
  'undefined-citation': '@{key} ne figure dans aucune bibliographie applicable (recherche dans : {searched}).',
  'undefined-citation.did-you-mean': 'Vouliez-vous dire {keys} ?',
  'undefined-citation.front-matter': 'les références des métadonnées',
  'bibliography.named-in': '{name} (nommée dans {origin})',
  'bibliography-not-found': 'La bibliographie {name} ne peut pas être lue : {error}',
  'bibliography-syntax.one': 'La bibliographie {name} a un problème qui arrête Pandoc : {problems}.',
  'bibliography-syntax.other': 'La bibliographie {name} a {count} problèmes qui arrêtent Pandoc : {problems}.',
  'bibliography-syntax.line': 'ligne {line} : {problem}',
  'bibliography-syntax.more.one': '{problems} (et {count} autre)',
  'bibliography-syntax.more.other': '{problems} (et {count} autres)',
  'bibliography-syntax.references': 'references : {problem}',
  'duplicate-reference.inline':
    '« {key} » a une autre définition plus loin dans references (ligne {line} des métadonnées) : Pandoc retient celle-là et ignore celle-ci.',
  'duplicate-reference': '@{key} a {count} définitions ({definitions}) : Pandoc retient la dernière, {file} ligne {line}.',
  'duplicate-reference.at.one': '{file} ligne {lines}',
  'duplicate-reference.at.other': '{file} lignes {lines}',
  'unused-reference.inline': 'L’entrée « {key} » de references n’est jamais citée dans ce rapport.',
  'unused-reference.one': 'Une entrée de {name} n’est jamais citée dans ce rapport : {keys}.',
  'unused-reference.other': '{count} entrées de {name} ne sont jamais citées dans ce rapport : {keys}.',
  'unused-reference.more.one': '{keys} et {count} autre',
  'unused-reference.more.other': '{keys} et {count} autres',

  // Liens
  'invalid-url': 'L’URL « {url} » {problem}.',
  'invalid-url.suspect': '« {text} » ressemble à une adresse Web, mais {problem}.',
  'invalid-url.spaced-destination':
    '« […]({destination}) » n’est pas un lien : son adresse contient une espace (encodez-la en %20, ou mettez l’adresse entre <…>).',
  'invalid-url.space-before-paren': '« {text} » n’est pas un lien : supprimez l’espace entre « ] » et « ( ».',
  'url.spaces': 'contient des espaces (encodez-les en %20, ou mettez l’adresse entre <…>)',
  'url.misspelt-scheme': 'a un schéma mal écrit « {scheme}: » (http: ou https: ?)',
  'url.needs-slashes': 'doit avoir « // » après « {scheme}: »',
  'url.no-host': 'n’a pas d’hôte',
  'url.invalid': 'n’est pas une adresse Web valide',
  'url.incomplete-host': 'a un hôte incomplet « {host} »',
  'url.glued': 'a « {glued} » collé à son schéma',
  'url.space-after-scheme': 'a une espace après « {scheme}: »',
  'url.missing-slash': 'a une barre oblique en moins après « {scheme} »',
  'url.missing-colon': 'n’a pas de deux-points après « {scheme} »',
  'link-artifact': 'Résidu de copie Web « {artifact} ».',
  'insecure-url': 'L’URL de source « {url} » n’est pas sécurisée (http://).',
  'dead-link.doi': 'le DOI {doi}',
  'dead-link.url': '« {url} »',
  'dead-link.redirected': '{detail} (redirection vers « {url} »)',
  'dead-link.retried': '{detail} (après une deuxième tentative)',
  'dead-link.gone-doi': 'Source disparue : le DOI {doi} n’est pas enregistré (doi.org répond {detail}).',
  'dead-link.gone': 'Source disparue : {what} répond {detail}.',
  'dead-link.unreachable': 'Source injoignable : {what} : {detail}.',
  'dead-link.unverified': 'Impossible de vérifier {what} : {detail}. Les sites refusent souvent les vérificateurs ; ouvrez le lien dans un navigateur.',
  'dead-link.blocked': 'Non vérifié : {what} {detail}.',
  'dead-link.moved': 'Source déplacée de façon permanente : {what} redirige vers « {url} » ; citez la nouvelle adresse.',

  // Un rapport et sa version dans une autre langue
  'translation-drift.version': 'la version {language} ({name})',
  'translation-drift.other-version': 'l’autre version ({name})',
  'translation-drift.front-matter': 'Dans les métadonnées, `{key}` vaut {here} ici et {there} dans {them}.',
  'translation-drift.entries.one': 'Ce rapport a {count} entrée ; {them} en a {other}.',
  'translation-drift.entries.other': 'Ce rapport a {count} entrées ; {them} en a {other}.',
  'translation-drift.no-section.entry': 'L’entrée « {entry} » n’a pas de section « {section} » ; l’entrée {index} de {them} en a une (« {heading} »).',
  'translation-drift.no-section.report': 'Le rapport n’a pas de section « {section} » ; l’entrée {index} de {them} en a une (« {heading} »).',
  'translation-drift.extra-section': 'La section « {section} » n’est pas dans l’entrée {index} de {them}.',
  'translation-drift.notes.one': 'La section « {section} » cite {count} note ; son équivalent dans {them} en cite {other}.',
  'translation-drift.notes.other': 'La section « {section} » cite {count} notes ; son équivalent dans {them} en cite {other}.',
  'translation-drift.figures': 'Les chiffres diffèrent de ceux de {them} : {differences}.',
  'translation-drift.figures-here': '{figures} ici',
  'translation-drift.figures-there': '{figures} dans l’autre version',
  'translation-drift.note': 'La note {index} dans l’ordre de lecture ([^{label}]) cite {here} ici, et {there} dans {them} ([^{theirs}]).',
  'translation-drift.fewer-sources': 'moins de sources',
  // Adjectifs au féminin : ils qualifient « la version ».
  'language.en': 'anglaise',
  'language.fr': 'française',
  'language.de': 'allemande',
  'language.es': 'espagnole',
  'language.it': 'italienne',
  'language.pt': 'portugaise',
  'language.nl': 'néerlandaise',

  // Titres des correctifs (actions de code)
  'fix.rename-heading': 'Renommer le titre « {heading} » en « {section} »',
  'fix.insert-section': 'Insérer la section « {section} »',
  'fix.insert-all-sections': 'Insérer toutes les sections manquantes ({sections})',
  'fix.move-section': 'Déplacer la section « {section} » avant « {target} »',
  'fix.use-template': 'Utiliser le gabarit « {template} »',
  'fix.add-definition': 'Ajouter une définition pour [^{label}]',
  'fix.remove-definition': 'Supprimer la note inutilisée [^{label}]',
  'fix.indent-note': 'Mettre le texte de [^{label}] en retrait de 4 espaces',
  'fix.renumber': 'Renuméroter les notes dans l’ordre de lecture',
  'fix.shorten': 'Abréger en « {text} »',
  'fix.change-key': 'Remplacer par @{key}',
  'fix.remove-artifact': 'Supprimer « {artifact} »',
  'fix.use-https': 'Utiliser https://',
  'fix.replace-url': 'Remplacer par « {url} »',

  // Listes dans les messages
  'list.quoted': '« {text} »',
  'list.semicolon': '{list} ; {item}',
};
