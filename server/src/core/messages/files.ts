/**
 * The words of the problems found in the files a report depends on: its `.foresight.yml` (`config.*`, said by
 * config.ts and pattern.ts) and its bibliographies (`bib.*`, said by bib/bibtex.ts, bib/csl.ts and
 * io/bibliographies.ts). Part of the catalogue (catalogue.ts spreads them into `en` and `fr`), with its
 * conventions. The parsers make each problem in English from these entries and keep its key and parameters;
 * the diagnostics of `.foresight.yml`, the command line and the `bibliography-syntax` and
 * `bibliography-not-found` rules say it again in the user's language.
 *
 * A brace of the text itself (BibTeX's `{`, a YAML example such as `{check: true}`) is a placeholder, since no
 * other braces appear in an entry: `{open}` and `{close}` are filled with `{` and `}`, `{example}` with the
 * example as code. Words of another tool (the YAML parser's, jsonc's, RE2's) are `{detail}`, as they come.
 */

export const enFiles = {
  // .foresight.yml
  'config.too-big': 'The config is {size} KB; configs over {max} KB are not read. Defaults are used.',
  'config.invalid-yaml': 'Invalid YAML: {detail}',
  'config.duplicate-key': 'Invalid YAML: Map keys must be unique',
  'config.not-a-mapping': 'The config must be a mapping of keys (template, rules, sources, templates, links, bibliography, ignore, translations).',
  'config.unknown-key': 'Unknown key `{key}` (expected template, rules, sources, templates, links, bibliography, ignore or translations).',
  'config.template': '`template` must be the name of a template.',
  'config.unknown-template': 'Unknown template `{template}` (known: {templates}).',
  'config.mapping-such-as': '`{key}` must be a mapping such as {example}.',
  'config.links-key': 'Unknown or invalid key `links.{key}` (expected {check} or {exclude}).',
  'config.markdown-key': 'Unknown or invalid key `markdown.{key}` (expected {admonitions}).',
  'config.bibliography': '`bibliography` must be a file name (refs.bib) or a list of file names.',
  'config.translations': '`translations` must map two language codes or more to paths with one `*` each, such as {example}.',
  'config.ignore': '`ignore` must be a file pattern (drafts/, *.draft.md, archive/**) or a list of patterns.',
  'config.rules': '`rules` must map rule codes to off, hint, info, warning or error.',
  'config.unknown-rule': 'Unknown rule `{code}`.',
  'config.severity': 'Rule `{code}`: severity must be one of {severities}.',
  'config.sources-require': '`sources.require` must be `traceable` (a link or details to trace the source by) or `link` (every citation clickable).',
  'config.sources-key': 'Unknown key `sources.{key}` (expected allowWithoutUrl or require).',
  'config.pattern-list': '`{name}` must be a list of patterns.',
  'config.pattern-string': 'Each `{name}` pattern must be a string.',
  'config.invalid-pattern': 'Invalid pattern: {detail}.',
  'config.invalid-pattern.re2': 'Invalid pattern: {detail} (backreferences and lookaround are not supported: patterns use RE2 syntax).',
  'config.pattern-too-long': 'Invalid pattern: patterns are limited to {max} characters.',
  'config.string-list': '{name} must be a list of strings.',
  'config.string-list-item': '{name}: each item must be a non-empty string.',
  'config.templates': '`templates` must map template names to their definitions.',
  'config.template-mapping': 'Template `{name}` must be a mapping with `sections`.',
  'config.template-aliases': '{name} must map a section to a list of other headings.',
  'config.template-key': 'Unknown key `templates.{name}.{key}` (expected sections, optional, aliases, metadata, description, languages).',
  'config.template-sections': 'Template `{name}` needs at least one required section in `sections`.',
  'config.languages': '{name} must map a language code (fr) to its sections, optional sections and aliases.',
  'config.language-code': '{name}: `{code}` must be a language code (fr, de) mapping to sections, optional and aliases.',
  'config.language-key': 'Unknown or invalid key `{name}.{code}.{key}` (expected sections, optional, aliases).',

  // BibTeX: where Pandoc stops reading an entry. `.end`: the file ends there.
  'bib.expected-string-close': 'Expected a "{close}" closing the @string here.',
  'bib.expected-string-close.end': 'Expected a "{close}" closing the @string here (the file ends).',
  'bib.expected-open': 'Expected "{open}" after @{type} here.',
  'bib.expected-open.end': 'Expected "{open}" after @{type} here (the file ends).',
  'bib.expected-equals': 'Expected "=" after the field name "{name}" here.',
  'bib.expected-equals.end': 'Expected "=" after the field name "{name}" here (the file ends).',
  'bib.expected-type': 'Expected an entry type after "@" (as in {example}).',
  'bib.parentheses': 'Pandoc reads only entries in braces: write @{type}{braces} instead of @{type}(…).',
  'bib.expected-key': 'Expected the entry\'s citation key after "{open}".',
  'bib.expected-comma': 'Expected a "," after the key "{key}".',
  'bib.expected-comma.no-fields': 'Expected a "," after the key "{key}" (Pandoc cannot read an entry with no fields).',
  'bib.expected-close': 'Expected "{close}" to close the entry "{key}", or a "," between fields.',
  'bib.not-closed': 'The entry "{key}" is not closed: the file ends.',
  'bib.expected-field-name': 'Expected a field name.',
  'bib.field-too-long': 'The field "{name}" is longer than {size} MB once its @string macros are joined.',
  'bib.expected-value': 'Expected a value: {braces}, "…", a number or a @string name.',
  'bib.brace-not-closed': 'This "{open}" is never closed.',
  'bib.quote-not-closed': 'This quoted value is never closed.',
  'bib.quote-not-closed.comment':
    'This quoted value is never closed: Pandoc reads "%" in it as a comment to the end of its line, closing quote included (write the value in braces).',

  // CSL JSON and CSL YAML (a file, or the `references:` of a report's front matter)
  'bib.json-too-deep': 'This JSON is nested too deeply to read.',
  'bib.invalid-json': 'This is not valid JSON: {detail}.',
  'bib.json-not-array': 'A CSL JSON bibliography is an array of items.',
  'bib.json-item': 'Each item of a CSL JSON bibliography is an object with an "id".',
  'bib.json-no-id': 'This item has no "id": it cannot be cited.',
  'bib.invalid-yaml': 'This is not valid YAML: {detail}',
  'bib.yaml-not-list': '"references" must be a list of items, each with an "id".',
  'bib.yaml-item': 'Each reference is a map with an "id".',
  'bib.yaml-no-id': 'This reference has no "id": it cannot be cited.',

  // Why a bibliography file cannot be read (the `{error}` of bibliography-not-found)
  'bib.not-a-file': 'it is not a file.',
  'bib.too-big': 'it is {size} MB, over the {max} MB this tool reads.',
  'bib.no-such-file': 'there is no such file.',
  'bib.unknown-format': 'its format is unknown (use .bib, .json or .yaml).',
} as const;

/** The French of each entry of `enFiles`. */
export const frFiles: { readonly [K in keyof typeof enFiles]: string } = {
  // .foresight.yml
  'config.too-big': 'La configuration fait {size} Ko ; au-delà de {max} Ko, une configuration n’est pas lue. Les valeurs par défaut s’appliquent.',
  'config.invalid-yaml': 'YAML non valide : {detail}',
  'config.duplicate-key': 'YAML non valide : chaque clé d’un mappage doit être unique',
  'config.not-a-mapping': 'La configuration doit être un mappage de clés (template, rules, sources, templates, links, bibliography, ignore, translations).',
  'config.unknown-key': 'Clé `{key}` inconnue (clés attendues : template, rules, sources, templates, links, bibliography, ignore ou translations).',
  'config.template': '`template` doit être le nom d’un gabarit.',
  'config.unknown-template': 'Gabarit `{template}` inconnu (gabarits connus : {templates}).',
  'config.mapping-such-as': '`{key}` doit être un mappage, par exemple {example}.',
  'config.links-key': 'Clé `links.{key}` inconnue ou non valide (clés attendues : {check} ou {exclude}).',
  'config.markdown-key': 'Clé `markdown.{key}` inconnue ou non valide (clé attendue : {admonitions}).',
  'config.bibliography': '`bibliography` doit être un nom de fichier (refs.bib) ou une liste de noms de fichiers.',
  'config.translations': '`translations` doit associer au moins deux codes de langue à des chemins qui contiennent chacun un seul `*`, par exemple {example}.',
  'config.ignore': '`ignore` doit être un motif de fichier (drafts/, *.draft.md, archive/**) ou une liste de motifs.',
  'config.rules': '`rules` doit associer des codes de règle à off, hint, info, warning ou error.',
  'config.unknown-rule': 'Règle `{code}` inconnue.',
  'config.severity': 'La gravité de la règle `{code}` doit être l’une des valeurs suivantes : {severities}.',
  'config.sources-require':
    '`sources.require` doit valoir `traceable` (un lien ou des détails qui permettent de retrouver la source) ou `link` (chaque citation a un lien cliquable).',
  'config.sources-key': 'Clé `sources.{key}` inconnue (clés attendues : allowWithoutUrl ou require).',
  'config.pattern-list': '`{name}` doit être une liste de motifs.',
  'config.pattern-string': 'Chaque motif de `{name}` doit être une chaîne.',
  'config.invalid-pattern': 'Motif non valide : {detail}.',
  'config.invalid-pattern.re2':
    'Motif non valide : {detail} (les références arrière et les assertions de voisinage ne sont pas prises en charge : les motifs suivent la syntaxe RE2).',
  'config.pattern-too-long': 'Motif non valide : un motif est limité à {max} caractères.',
  'config.string-list': '{name} doit être une liste de chaînes.',
  'config.string-list-item': '{name} : chaque élément doit être une chaîne non vide.',
  'config.templates': '`templates` doit associer des noms de gabarits à leurs définitions.',
  'config.template-mapping': 'Le gabarit `{name}` doit être un mappage qui contient `sections`.',
  'config.template-aliases': '{name} doit associer une section à une liste d’autres titres.',
  'config.template-key': 'Clé `templates.{name}.{key}` inconnue (clés attendues : sections, optional, aliases, metadata, description, languages).',
  'config.template-sections': 'Le gabarit `{name}` doit avoir au moins une section obligatoire dans `sections`.',
  'config.languages': '{name} doit associer un code de langue (fr) à ses sections, à ses sections facultatives et à leurs autres titres.',
  'config.language-code': '{name} : `{code}` doit être un code de langue (fr, de) associé à sections, optional et aliases.',
  'config.language-key': 'Clé `{name}.{code}.{key}` inconnue ou non valide (clés attendues : sections, optional, aliases).',

  // BibTeX
  'bib.expected-string-close': 'Il manque ici une « {close} » pour fermer le @string.',
  'bib.expected-string-close.end': 'Il manque une « {close} » pour fermer le @string (le fichier se termine).',
  'bib.expected-open': 'Il manque ici une « {open} » après @{type}.',
  'bib.expected-open.end': 'Il manque une « {open} » après @{type} (le fichier se termine).',
  'bib.expected-equals': 'Il manque ici un « = » après le nom de champ « {name} ».',
  'bib.expected-equals.end': 'Il manque un « = » après le nom de champ « {name} » (le fichier se termine).',
  'bib.expected-type': 'Il manque un type d’entrée après « @ » (comme dans {example}).',
  'bib.parentheses': 'Pandoc ne lit que les entrées entre accolades : écrivez @{type}{braces} plutôt que @{type}(…).',
  'bib.expected-key': 'Il manque la clé de citation de l’entrée après « {open} ».',
  'bib.expected-comma': 'Il manque une « , » après la clé « {key} ».',
  'bib.expected-comma.no-fields': 'Il manque une « , » après la clé « {key} » (Pandoc ne peut pas lire une entrée sans champs).',
  'bib.expected-close': 'Il manque une « {close} » pour fermer l’entrée « {key} », ou une « , » entre deux champs.',
  'bib.not-closed': 'L’entrée « {key} » n’est pas fermée avant la fin du fichier.',
  'bib.expected-field-name': 'Il manque un nom de champ.',
  'bib.field-too-long': 'Le champ « {name} » dépasse {size} Mo une fois ses macros @string développées.',
  'bib.expected-value': 'Il manque une valeur : {braces}, « … », un nombre ou un nom de @string.',
  'bib.brace-not-closed': 'Cette accolade « {open} » n’est jamais fermée.',
  'bib.quote-not-closed': 'Cette valeur entre guillemets n’est jamais fermée.',
  'bib.quote-not-closed.comment':
    'Cette valeur entre guillemets n’est jamais fermée : Pandoc y lit « % » comme le début d’un commentaire qui va jusqu’à la fin de la ligne, guillemet fermant compris (écrivez la valeur entre accolades).',

  // CSL JSON et CSL YAML
  'bib.json-too-deep': 'Ce JSON a trop de niveaux d’imbrication pour être lu.',
  'bib.invalid-json': 'Ce JSON n’est pas valide : {detail}.',
  'bib.json-not-array': 'Une bibliographie CSL JSON est un tableau d’éléments.',
  'bib.json-item': 'Chaque élément d’une bibliographie CSL JSON est un objet qui a un « id ».',
  'bib.json-no-id': 'Cet élément n’a pas d’« id » : il ne peut pas être cité.',
  'bib.invalid-yaml': 'Ce YAML n’est pas valide : {detail}',
  'bib.yaml-not-list': '« references » doit être une liste d’éléments qui ont chacun un « id ».',
  'bib.yaml-item': 'Chaque référence est un mappage qui a un « id ».',
  'bib.yaml-no-id': 'Cette référence n’a pas d’« id » : elle ne peut pas être citée.',

  // Pourquoi un fichier de bibliographie ne peut pas être lu
  'bib.not-a-file': 'ce n’est pas un fichier.',
  'bib.too-big': 'il fait {size} Mo, soit plus que les {max} Mo que cet outil peut lire.',
  'bib.no-such-file': 'ce fichier n’existe pas.',
  'bib.unknown-format': 'son format est inconnu (utilisez .bib, .json ou .yaml).',
};
