/**
 * The problems of `.foresight.yml` and of bibliographies in English and French (server/src/core/messages/files.ts):
 * each made in English by its parser with a key, and said in the user's language where it is shown.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { runCli } from '../../server/src/cli';
import { parseBibtex } from '../../server/src/core/bib/bibtex';
import { parseCslJson, parseCslYaml } from '../../server/src/core/bib/csl';
import type { BibliographyLoader } from '../../server/src/core/bib/scope';
import { check } from '../../server/src/core/checker';
import { parseConfig } from '../../server/src/core/config/config';
import { en, ENGLISH, fr, messagesIn, wordProblem, type MessageKey } from '../../server/src/core/messages';
import { enFiles } from '../../server/src/core/messages/files';
import { BibliographyStore, MAX_BIBLIOGRAPHY_BYTES, parseBibliography } from '../../server/src/io/bibliographies';
import { LanguageService, type OpenDocument } from '../../server/src/service';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');
const french = messagesIn('fr');

/** An environment with no locale of its own, plus `vars`. */
const envWith = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return { ...env, ...vars };
};

/** Configs with every problem parseConfig reports. */
const CONFIGS = [
  'x'.repeat(200 * 1024),
  'a: 1\na: 2\n',
  'rules: [\n',
  '- a\n- b\n',
  'template: [1]\n',
  'template: nope\n',
  'links:\n  check: maybe\n  exclude: 3\n',
  'links: 3\n',
  `links:\n  exclude: [1, "(", "\\\\1(a)", "${'a'.repeat(1001)}"]\n`,
  'markdown:\n  admonition: yes\n',
  'markdown: 3\n',
  'bibliography: 3\n',
  'translations: {en: x}\n',
  'ignore: 3\n',
  'colour: red\n',
  'rules: 3\n',
  'rules:\n  nope: error\n  footnote-order: loud\n',
  'sources: 3\n',
  'sources:\n  require: maybe\n  foo: 1\n  allowWithoutUrl: 3\n',
  'sources:\n  allowWithoutUrl: [3, "(?=a)"]\n',
  'templates: 3\n',
  'templates:\n  t: 3\n',
  'templates:\n  t:\n    sections: 3\n',
  'templates:\n  t:\n    sections: ["", 1]\n    aliases: 3\n    foo: 1\n',
  'templates:\n  t:\n    sections: [A]\n    aliases: {A: 3}\n',
  'templates:\n  t:\n    optional: [A]\n',
  'templates:\n  t:\n    sections: [A]\n    languages: 3\n',
  'templates:\n  t:\n    sections: [A]\n    languages: {french: {}}\n',
  'templates:\n  t:\n    sections: [A]\n    languages: {fr: {foo: 1}}\n',
];

/** BibTeX with every place Pandoc stops at. */
const BIBTEX = [
  '@string{a = "x"',
  '@string{a = "x" b',
  '@ {x, a=1}',
  '@book(x, a=1)',
  '@book',
  '@book x',
  '@book{, a=1}',
  '@book{x}',
  '@book{x a=1}',
  '@book{x, a=1 b=2}',
  '@book{x, a=1,',
  '@book{x, a 1}',
  '@book{x, a',
  '@book{x, a=',
  '@book{x, a=,}',
  '@book{x, a={b',
  '@book{x, a="b',
  '@book{x, a="50% off"}',
  `@string{m = "${'y'.repeat(600_000)}"}\n@book{x, a = m # m # m}`,
  '@string{ = 1}',
];

const CSL_JSON = ['['.repeat(100_000), '[1,', '3', '[1, {"a": 1}]'];
const CSL_YAML = ['references: [\n', 'references: 3\n', 'references:\n- 3\n- {a: 1}\n'];

interface Keyed {
  message: string;
  key?: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}

describe('problems of config files and bibliographies, in the catalogue', () => {
  it('every problem of parseConfig, the BibTeX and CSL readers and the bibliography loader has a key: its English is the message, its French differs', () => {
    const seen = new Set<string>();
    const said = (what: string, p: Keyed): void => {
      assert.ok(p.key !== undefined && p.key in en, `${what}: no key for ${p.message}`);
      assert.ok(p.params, `${what}: ${p.key} has no params`);
      assert.strictEqual(ENGLISH.dynamic(p.key, p.params), p.message, `${what}: ${p.key}`);
      const words = wordProblem(p, french);
      assert.notStrictEqual(words, p.message, `${what}: ${p.key} is the same in French`);
      assert.doesNotMatch(words, /\{\w+\}/, `${what}: ${p.key} has a placeholder left`);
      seen.add(p.key);
    };
    for (const text of CONFIGS) for (const p of parseConfig(text).problems) said(`config ${text.slice(0, 40)}`, p);
    for (const text of BIBTEX) for (const p of parseBibtex(text).problems) said(`bibtex ${text.slice(0, 40)}`, p);
    for (const text of CSL_JSON) for (const p of parseCslJson(text).problems) said(`json ${text.slice(0, 40)}`, p);
    for (const text of CSL_YAML) for (const p of parseCslYaml(text).problems) said(`yaml ${text.slice(0, 40)}`, p);
    // Why a file cannot be read: a folder, no file, a format of no reader, a file too large (sparse: nothing is written).
    const dir = makeTempDir('foresight-files-l10n-');
    fs.mkdirSync(path.join(dir, 'folder.bib'));
    fs.writeFileSync(path.join(dir, 'refs.txt'), '');
    fs.writeFileSync(path.join(dir, 'huge.bib'), '');
    fs.truncateSync(path.join(dir, 'huge.bib'), MAX_BIBLIOGRAPHY_BYTES + 1);
    const store = new BibliographyStore();
    for (const name of ['folder.bib', 'missing.bib', 'refs.txt', 'huge.bib']) {
      const loaded = store.load(path.join(dir, name));
      assert.ok('error' in loaded, name);
      said(name, { message: loaded.error, key: loaded.key, params: loaded.params });
    }
    // Every entry of files.ts is a problem some input above has.
    assert.deepStrictEqual([...seen].sort(), Object.keys(enFiles).sort());
  });

  it('keeps the words of other tools (the YAML parser’s, jsonc’s, RE2’s) as they come, in a translated frame', () => {
    const yaml = parseConfig('rules: [\n').problems[0];
    assert.strictEqual(yaml.key, 'config.invalid-yaml');
    const detail = String(yaml.params.detail);
    assert.strictEqual(yaml.message, `Invalid YAML: ${detail}`);
    assert.strictEqual(wordProblem(yaml, french), `YAML non valide : ${detail}`);
    const json = parseCslJson('[1,').problems[0];
    assert.strictEqual(wordProblem(json, french), `Ce JSON n’est pas valide : ${json.params.detail}.`);
    const pattern = parseConfig('sources:\n  allowWithoutUrl: ["(?=a)"]\n').problems[0];
    assert.match(wordProblem(pattern, french), /^Motif non valide : .*\(\?=.* \(les références arrière .* syntaxe RE2\)\.$/);
  });

  it('words each problem at its source through the catalogue, never in English text of its own', () => {
    const sources: Array<[string, RegExp]> = [
      ['server/src/core/config/config.ts', /\breport\(\s*['"`]|message:\s*['"`]/],
      ['server/src/core/bib/bibtex.ts', /\b(?:Fail|fail|unclosed|expect)\([^)]*?['"`][A-Z]|message:\s*['"`]/],
      ['server/src/core/bib/csl.ts', /message:\s*['"`]/],
      ['server/src/io/bibliographies.ts', /error:\s*['"`]/],
    ];
    for (const [file, english] of sources) assert.doesNotMatch(fs.readFileSync(path.join(root, file), 'utf8'), english, file);
  });
});

describe('problems of .foresight.yml in French', () => {
  const CONFIG = 'rules:\n  nope: error\n  footnote-order: loud\n';
  const ENGLISH_WORDS = ['Unknown rule `nope`.', 'Rule `footnote-order`: severity must be one of off, hint, info, warning, error.'];
  const FRENCH_WORDS = [
    'Règle `nope` inconnue.',
    'La gravité de la règle `footnote-order` doit être l’une des valeurs suivantes : off, hint, info, warning, error.',
  ];

  it('are diagnostics of the config file in the locale of the language server', () => {
    const dir = makeTempDir('foresight-files-l10n-');
    const uri = URI.file(path.join(dir, '.foresight.yml')).toString();
    const docs = new Map<string, OpenDocument>([[uri, { uri, version: 1, getText: () => CONFIG }]]);
    const serviceIn = (locale: string | undefined): LanguageService => {
      const service = new LanguageService(
        { get: (u) => docs.get(u), all: () => [...docs.values()] },
        { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
      );
      service.setLocale(locale);
      return service;
    };
    const english = serviceIn(undefined).diagnosticsFor(uri);
    const inFrench = serviceIn('fr-CA').diagnosticsFor(uri);
    assert.deepStrictEqual(
      english.map((d) => d.message),
      ENGLISH_WORDS,
    );
    assert.deepStrictEqual(
      inFrench.map((d) => d.message),
      FRENCH_WORDS,
    );
    assert.deepStrictEqual(
      inFrench.map((d) => [d.range, d.severity, d.code]),
      english.map((d) => [d.range, d.severity, d.code]),
      'the same places',
    );
  });

  it('are rows of the CLI in the run’s language (--locale or the environment), and --print-config says them so', async () => {
    const dir = makeTempDir('foresight-files-l10n-');
    fs.writeFileSync(path.join(dir, '.foresight.yml'), CONFIG);
    fs.writeFileSync(path.join(dir, 'r.md'), '# R\n\nText.\n');
    const english = await runCli(['.'], dir, envWith());
    const inFrench = await runCli(['--locale', 'fr', '.'], dir, envWith());
    assert.strictEqual(english.stdout, `.foresight.yml:2:3 error config ${ENGLISH_WORDS[0]}\n.foresight.yml:3:19 error config ${ENGLISH_WORDS[1]}\n`);
    assert.strictEqual(inFrench.stdout, `.foresight.yml:2:3 error config ${FRENCH_WORDS[0]}\n.foresight.yml:3:19 error config ${FRENCH_WORDS[1]}\n`);
    assert.strictEqual(inFrench.code, 2);
    assert.strictEqual((await runCli(['.'], dir, envWith({ LANG: 'fr_CA.UTF-8' }))).stdout, inFrench.stdout, 'LANG');
    assert.strictEqual((await runCli(['--config', '.foresight.yml', 'r.md'], dir, envWith({ LC_ALL: 'fr_FR.UTF-8' }))).stdout, inFrench.stdout, '--config');
    const printed = await runCli(['--locale', 'fr', '--print-config', 'r.md'], dir, envWith());
    assert.strictEqual(printed.code, 2);
    assert.strictEqual(printed.stderr, FRENCH_WORDS.map((w) => `foresight-lint: ${w}\n`).join(''));
    assert.strictEqual((await runCli(['--print-config', 'r.md'], dir, envWith())).stderr, ENGLISH_WORDS.map((w) => `foresight-lint: ${w}\n`).join(''));
  });
});

describe('problems of bibliographies in French', () => {
  /** A loader over one in-memory bibliography, read by its name's format. */
  const loaderOf = (text: string): BibliographyLoader => ({
    defaults: [],
    load: (name) => ({ path: `/x/${name}`, bibliography: parseBibliography(name, text) }),
  });
  const report = (name: string): string => `---\nbibliography: ${name}\n---\n\nA claim [@a].\n`;
  const syntax = (name: string, text: string, locale?: string): string[] =>
    check(report(name), { bibliographies: loaderOf(text), locale })
      .problems.filter((p) => p.rule === 'bibliography-syntax')
      .map((p) => p.message);

  it('bibliography-syntax says where a BibTeX file stops Pandoc in French', () => {
    const bib = '@book{a, title = {A}}\n\n@article{tavares2016, title = {T} year = 2016}\n';
    assert.deepStrictEqual(syntax('refs.bib', bib), [
      'Bibliography refs.bib has a problem Pandoc stops at: line 3: Expected "}" to close the entry "tavares2016", or a "," between fields.',
    ]);
    assert.deepStrictEqual(syntax('refs.bib', bib, 'fr'), [
      'La bibliographie refs.bib a un problème qui arrête Pandoc : ligne 3 : Il manque une « } » pour fermer l’entrée « tavares2016 », ou une « , » entre deux champs.',
    ]);
  });

  it('bibliography-syntax says what is wrong with a CSL JSON file in French', () => {
    const json = '[\n  {"id": "a", "title": "A"},\n  {"title": "B"},\n  3\n]\n';
    assert.deepStrictEqual(syntax('refs.json', json), [
      'Bibliography refs.json has 2 problems Pandoc stops at: line 3: This item has no "id": it cannot be cited; line 4: Each item of a CSL JSON bibliography is an object with an "id".',
    ]);
    assert.deepStrictEqual(syntax('refs.json', json, 'fr'), [
      'La bibliographie refs.json a 2 problèmes qui arrêtent Pandoc : ligne 3 : Cet élément n’a pas d’« id » : il ne peut pas être cité ; ligne 4 : Chaque élément d’une bibliographie CSL JSON est un objet qui a un « id ».',
    ]);
    assert.deepStrictEqual(syntax('refs.json', '[{"id": "a"}\n{"id": "b"}]\n', 'fr'), [
      'La bibliographie refs.json a un problème qui arrête Pandoc : ligne 2 : Ce JSON n’est pas valide : CommaExpected.',
    ]);
  });

  it('bibliography-syntax says a problem of the front matter’s references in French, and leaves its YAML errors to front-matter-syntax', () => {
    // A quoted value continued on an unindented line: read by the common site generators, not by a strict YAML parser.
    const yaml = 'references:\n- title: B\n- id: a\n  title: "A: B\nc"\n';
    assert.deepStrictEqual(
      parseCslYaml(yaml).problems.map((p) => p.key),
      ['bib.invalid-yaml', 'bib.invalid-yaml', 'bib.yaml-no-id'],
    );
    const findings = (locale?: string): string[] =>
      check(`---\n${yaml}---\n\nA claim [@a].\n`, { locale })
        .problems.filter((p) => p.rule === 'bibliography-syntax')
        .map((p) => p.message);
    assert.deepStrictEqual(findings('fr'), ['references : Cette référence n’a pas d’« id » : elle ne peut pas être citée.']);
    assert.deepStrictEqual(findings(), ['references: This reference has no "id": it cannot be cited.']);
  });

  it('bibliography-not-found says why a file cannot be read in French (the system’s own words aside)', () => {
    const dir = makeTempDir('foresight-files-l10n-');
    const file = path.join(dir, 'r.md');
    const text = `---\nbibliography: missing.bib\n---\n\nA claim [@a].\n`;
    fs.writeFileSync(file, text);
    const notFound = (locale?: string): string[] =>
      check(text, { bibliographies: new BibliographyStore().loaderFor(file, { bibliography: [] }), locale })
        .problems.filter((p) => p.rule === 'bibliography-not-found')
        .map((p) => p.message);
    assert.deepStrictEqual(notFound(), ['Bibliography missing.bib cannot be read: there is no such file.']);
    assert.deepStrictEqual(notFound('fr'), ['La bibliographie missing.bib ne peut pas être lue : ce fichier n’existe pas.']);
  });
});

describe('the catalogue of file problems', () => {
  it('has a French entry for every English one, other than it', () => {
    for (const key of Object.keys(enFiles) as MessageKey[]) {
      assert.ok(fr[key] && fr[key] !== en[key], key);
      assert.ok(key.startsWith('config.') || key.startsWith('bib.'), key);
    }
  });
});
