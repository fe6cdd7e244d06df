/** Findings and fix titles in English and French, from one catalogue (server/src/core/messages/). */
import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { runCli } from '../../server/src/cli';
import { check } from '../../server/src/core/checker';
import { linkFinding, type LinkResult } from '../../server/src/core/links/result';
import type { LinkTarget } from '../../server/src/core/links/targets';
import {
  CATALOGUES,
  en,
  ENGLISH,
  format,
  fr,
  languageOf,
  localeFromEnvironment,
  messagesFor,
  messagesIn,
  placeholders,
  readEnglish,
  type MessageKey,
} from '../../server/src/core/messages';
import type { Note } from '../../server/src/core/model';
import { linkMessage } from '../../server/src/core/rules/deadLink';
import { metadataMessage, metadataProblem } from '../../server/src/core/rules/invalidMetadata';
import { noteSourceProblem } from '../../server/src/core/rules/missingSourceUrl';
import { urlProblem } from '../../server/src/core/rules/invalidUrl';
import { LanguageService, type OpenDocument } from '../../server/src/service';
import { SERVER } from '../support/lspClient';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');
const dist = path.join(root, 'dist');
const keys = Object.keys(en) as MessageKey[];

/** An environment with no locale of its own, plus `vars`. */
const envWith = (vars: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '', NO_COLOR: '' };
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name];
  return { ...env, ...vars };
};

/**
 * The details a finding quotes from outside the rules, in English where they are made: the YAML parser's
 * (front-matter-syntax), the BibTeX reader's (bibliography-syntax) and the bibliography loader's
 * (bibliography-not-found), as examples/with-problems has them.
 */
const FOREIGN_DETAILS = ['Missing closing "quote', 'Expected "}" to close the entry "tavares2016", or a "," between fields.', 'there is no such file.'];

/** Words of the English messages that no French one may hold. */
const ENGLISH_WORDS = [
  ' is missing the section ',
  'Footnote',
  'has no definition',
  'Entry "',
  'Section "',
  'The report',
  ' is empty',
  'out of order',
  'appears again',
  'Unknown template',
  'Did you mean',
  'Front matter',
  'is required by',
  'must be',
  'Bibliography ',
  'is defined',
  'is in no bibliography',
  'searched:',
  'looks like',
  'misspelt',
  'not secure',
  'Web-copy',
  'cites an online source',
  'names Globe',
  'says "',
  'gives no link',
  'reading order',
  'version (',
  'Figures differ',
  ' here',
  ' there',
  'Pandoc stops',
  'Pandoc uses',
];

/** Entries French writes as English does: a frame of placeholders, or words that are the same in both languages. */
const SAME_IN_FRENCH = new Set<MessageKey>([
  'hover.antecedent-problem',
  'form.article',
  'symbol.section',
  'symbol.notes',
  'status.sections',
  'status.notes.one',
  'status.notes.other',
]);

describe('the message catalogue', () => {
  it('has every key in both languages, and only those', () => {
    assert.ok(keys.length > 100, `${keys.length} keys`);
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      assert.deepStrictEqual(Object.keys(catalogue).sort(), [...keys].sort(), language);
      for (const key of keys) assert.ok(catalogue[key].trim() !== '' && catalogue[key] === catalogue[key].trim(), `${language} ${key}`);
    }
  });

  it('uses the same placeholders for a key in both languages, and braces only for placeholders', () => {
    for (const key of keys) {
      assert.deepStrictEqual(placeholders(fr[key]), placeholders(en[key]), key);
      for (const text of [en[key], fr[key]]) assert.doesNotMatch(text.replace(/\{\w+\}/g, ''), /[{}]/, key);
    }
  });

  it('writes each plural as a .one and an .other', () => {
    for (const key of keys) {
      const m = /^(.*)\.(one|other)$/.exec(key);
      if (m) assert.ok(`${m[1]}.${m[2] === 'one' ? 'other' : 'one'}` in en, key);
    }
  });

  it('keeps code spans as they are and says every entry in French, with French quotes and ordinary spaces', () => {
    for (const key of keys) {
      assert.deepStrictEqual(fr[key].match(/`[^`]+`/g) ?? [], en[key].match(/`[^`]+`/g) ?? [], key);
      if (!SAME_IN_FRENCH.has(key)) assert.notStrictEqual(fr[key], en[key], `${key} is not translated`);
      // The convention of the catalogue's header: « » for quotes, a plain space before : ; ? ! (no no-break spaces).
      assert.doesNotMatch(fr[key], /"/, key);
      assert.doesNotMatch(fr[key], /[\u00a0\u202f]/, key);
      assert.doesNotMatch(fr[key].replace(/(?:\bhttps?|\{scheme\}):/g, ''), /\S[:;?!](?=\s|$)/, key);
      assert.doesNotMatch(fr[key], /«\S|\S»/, key);
      assert.doesNotMatch(fr[key], /'/, `${key}: the typographic apostrophe ’`);
    }
  });

  it('fills placeholders, and picks plurals by each language’s rule (French 0 and 1 are singular)', () => {
    assert.strictEqual(format('a {x} b {y}', { x: 1, y: 'z' }), 'a 1 b z');
    assert.strictEqual(format('{missing}', {}), '{missing}');
    // a character a reader cannot see is shown by its code: a label with a zero-width space is not the one it looks like
    assert.strictEqual(format('[^{label}]', { label: '22\u200b' }), '[^22<U+200B>]');
    assert.strictEqual(format('{x}', { x: 'a\u00adb\ufeff' }), 'a<U+00AD>b<U+FEFF>');
    const e = messagesIn('en');
    const f = messagesIn('fr');
    assert.strictEqual(e.plural('translation-drift.entries', 0, { them: 'X', other: 2 }), 'This report has 0 entries; X has 2.');
    assert.strictEqual(e.plural('translation-drift.entries', 1, { them: 'X', other: 2 }), 'This report has 1 entry; X has 2.');
    assert.strictEqual(f.plural('translation-drift.entries', 0, { them: 'X', other: 2 }), 'Ce rapport a 0 entrée ; X en a 2.');
    assert.strictEqual(f.plural('translation-drift.entries', 3, { them: 'X', other: 2 }), 'Ce rapport a 3 entrées ; X en a 2.');
    assert.strictEqual(e.quotedList(['a', 'b']), '"a", "b"');
    assert.strictEqual(f.quotedList(['a', 'b']), '« a », « b »');
    assert.strictEqual(e.semicolonList(['a', 'b', 'c']), 'a; b; c');
    assert.strictEqual(f.semicolonList(['a', 'b', 'c']), 'a ; b ; c');
    assert.strictEqual(f.semicolonList([]), '');
  });

  it('takes French from any French locale, English from any other or none', () => {
    for (const locale of ['fr', 'FR', 'fr-CA', 'fr-ca', 'fr_FR.UTF-8', 'fr_CA.utf8', 'fr_BE@euro', ' fr '])
      assert.strictEqual(languageOf(locale), 'fr', locale);
    for (const locale of [undefined, '', 'en', 'en-US', 'en_CA.UTF-8', 'C', 'C.UTF-8', 'POSIX', 'de-DE', 'frr', 'fy'])
      assert.strictEqual(languageOf(locale), 'en', locale);
    assert.strictEqual(messagesFor('fr-CA'), messagesIn('fr'));
    assert.strictEqual(messagesFor(undefined), ENGLISH);
  });

  it('reads the locale of the environment as POSIX does: LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.strictEqual(localeFromEnvironment({}), undefined);
    assert.strictEqual(localeFromEnvironment({ LANG: 'fr_CA.UTF-8' }), 'fr_CA.UTF-8');
    assert.strictEqual(localeFromEnvironment({ LANG: 'fr_CA.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }), 'en_US.UTF-8');
    assert.strictEqual(localeFromEnvironment({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'en_US.UTF-8', LC_ALL: 'fr_FR.UTF-8' }), 'fr_FR.UTF-8');
    assert.strictEqual(localeFromEnvironment({ LANG: 'fr_FR.UTF-8', LC_ALL: '' }), 'fr_FR.UTF-8', 'an empty variable is not set');
  });
});

describe('words made outside the rules, said in the user’s language', () => {
  it('invalid-metadata: the English of the catalogue is frontMatterFields.ts’s, for every field', () => {
    const cases: Array<[string, unknown]> = [
      ['title', ''],
      ['title', 3],
      ['template', null],
      ['authors', 'A. Author'],
      ['organisation', ''],
      ['date', '27/11/2026'],
      ['date', undefined],
      ['horizon', 'soon'],
      ['steep', 'social'],
      ['steep', ['social', 'spiritual', 'Mystic']],
      ['status', 'final'],
      ['tags', ''],
    ];
    for (const [key, value] of cases) {
      const problem = metadataProblem(key, value);
      assert.ok(problem, key);
      assert.strictEqual(metadataMessage(key, value, ENGLISH), problem, key);
      const french = metadataMessage(key, value, messagesIn('fr'))!;
      assert.ok(french.startsWith('« '), french);
      assert.doesNotMatch(french, /must be|has unknown/);
    }
    assert.strictEqual(metadataMessage('date', '2026-11-27', messagesIn('fr')), undefined);
    assert.strictEqual(
      metadataMessage('steep', ['social', 'spiritual'], messagesIn('fr')),
      '« steep » contient des catégories inconnues « spiritual » (catégories connues : social, technological, economic, environmental, political, values, legal).',
    );
  });

  it('missing-source-url: a note’s source problem, as notes/sources.ts words it in English, is read back and said in French', () => {
    const note = (missingSource: string): Note => ({ missingSource }) as Note;
    const french = messagesIn('fr');
    const cases: Array<[string, string]> = [
      ['cites a source with no link (the team requires one: sources.require is link)', fr['source.link-required']],
      ['cites an article with no link and without the volume and pages to find it by', fr['source.journal-only']],
      [
        'cites a source with no link and nothing to trace it by (a URL, DOI or ISBN, a publisher and year, a journal volume and pages, or a legal reference)',
        fr['source.untraceable'],
      ],
      ['cites an online source (it says "Accessed") but gives no link', 'cite une source en ligne (elle indique « Accessed »), mais ne donne aucun lien'],
      [
        'cites an online source (it is a report by the World Bank, published online) but gives no link',
        'cite une source en ligne (elle est un rapport de the World Bank, publié en ligne), mais ne donne aucun lien',
      ],
      [
        'cites an online source (it is a paper by Tidewater Policy Institute, published online) but gives no link',
        'cite une source en ligne (elle est un document de Tidewater Policy Institute, publié en ligne), mais ne donne aucun lien',
      ],
      ['cites an online source (it cites Wikipedia) but gives no link', 'cite une source en ligne (elle cite Wikipédia), mais ne donne aucun lien'],
      [
        'cites an online source (it names the site example.org) but gives no link',
        'cite une source en ligne (elle nomme le site example.org), mais ne donne aucun lien',
      ],
      ['cites an online source (it names Globe and Mail) but gives no link', 'cite une source en ligne (elle nomme Globe and Mail), mais ne donne aucun lien'],
      ['cites an online source (it is a blog post) but gives no link', 'cite une source en ligne (elle est de type « blog post »), mais ne donne aucun lien'],
    ];
    for (const [english, expected] of cases) {
      assert.strictEqual(noteSourceProblem(note(english), ENGLISH), english);
      assert.strictEqual(noteSourceProblem(note(english), french), expected);
    }
    // Words it cannot read back are kept as they are (a wording changed in notes/sources.ts and not in the catalogue).
    assert.strictEqual(noteSourceProblem(note('has some new problem'), french), 'has some new problem');
    assert.strictEqual(noteSourceProblem({} as Note, french), undefined);
    assert.deepStrictEqual(readEnglish('source.names-site', 'names the site a.org'), { site: 'a.org' });
  });

  it('dead-link: the English of the catalogue is linkFinding’s, for every outcome', () => {
    const target = (t: Partial<LinkTarget>): LinkTarget => ({
      written: 'https://e.org/a',
      fetchUrl: 'https://e.org/a',
      fragment: '',
      start: 0,
      end: 15,
      note: '1',
      replaceable: true,
      syntax: 'link',
      ...t,
    });
    const result = (r: Partial<LinkResult>): LinkResult => ({ url: 'https://e.org/a', kind: 'ok', detail: '200 OK', checkedAt: 0, ...r });
    const long = 'https://e.org/' + 'x'.repeat(150);
    const cases: Array<[LinkTarget, LinkResult]> = [
      [target({}), result({ kind: 'gone', detail: '404 Not Found' })],
      [target({ written: long }), result({ kind: 'gone', detail: '410 Gone', finalUrl: 'https://e.org/b' })],
      [target({ doi: '10.1/x', syntax: 'doi' }), result({ kind: 'gone', detail: '404 Not Found' })],
      [target({ doi: '10.1/x' }), result({ kind: 'gone', detail: '404 Not Found', finalUrl: 'https://pub.org/x' })],
      [target({}), result({ kind: 'unreachable', detail: 'connection refused', retried: true })],
      [target({}), result({ kind: 'unreachable', detail: 'answers 503', finalUrl: 'https://e.org/c' })],
      [target({}), result({ kind: 'unverified', detail: 'the site answers 403 Forbidden' })],
      [target({}), result({ kind: 'blocked', detail: 'is on a private or local address (10.0.0.1); allow private addresses to check it' })],
      [target({ fragment: '#p' }), result({ kind: 'moved', movedTo: 'https://e.org/new', finalUrl: 'https://e.org/new' })],
      [target({}), result({ kind: 'moved', movedTo: long })],
    ];
    for (const [t, r] of cases) {
      assert.strictEqual(linkMessage(t, r, ENGLISH), linkFinding(t, r)!.message, `${r.kind} ${t.written}`);
      assert.doesNotMatch(linkMessage(t, r, messagesIn('fr')), /^(?:Source gone|Source unreachable|Could not|Not checked|Source moved)/);
    }
  });

  it('invalid-url: an address’s problem in either language (urlProblem stays English by default)', () => {
    assert.strictEqual(urlProblem('htps://e.org'), 'has a misspelt scheme "htps:" (http: or https:?)');
    assert.strictEqual(urlProblem('htps://e.org', false, messagesIn('fr')), 'a un schéma mal écrit « htps: » (http: ou https: ?)');
    assert.strictEqual(
      urlProblem('https://github/x', false, messagesIn('fr')),
      'a un hôte sans domaine, « github » (une faute de frappe, ou un nom d’intranet que les lecteurs d’ailleurs ne peuvent pas ouvrir)',
    );
  });
});

describe('findings and fix titles in French', () => {
  const text = [
    '---',
    'template: force-of-change',
    'title: T',
    '---',
    '',
    '# Ports',
    '',
    '## What it is',
    '',
    'Claim.[^2] Another.[^1] And.[^9]',
    '',
    '[^1]: Smith. https://e.org/1',
    '[^2]: Jones. https://e.org/2',
    '[^3]: Unused. http://e.org/3 (link is external)',
    '',
  ].join('\n');

  it('words every finding and fix of a check with a French locale in French, and in English without one', () => {
    const french = check(text, { locale: 'fr-CA' }).problems;
    const english = check(text).problems;
    assert.deepStrictEqual(
      french.map((p) => [p.rule, p.start, p.end, p.fixes?.length]),
      english.map((p) => [p.rule, p.start, p.end, p.fixes?.length]),
      'the same findings and fixes',
    );
    const titles = (ps: typeof french): string[] => ps.flatMap((p) => (p.fixes ?? []).map((f) => f.title));
    assert.ok(titles(english).includes('Add a definition for [^9]'), titles(english).join(' | '));
    assert.ok(titles(english).includes('Renumber footnotes in reading order'));
    for (const expected of [
      'Ajouter une définition pour [^9]',
      'Supprimer la note inutilisée [^3]',
      'Renuméroter les notes dans l’ordre de lecture',
      'Renommer le titre « What it is » en « What is it? »',
      'Insérer la section « What is it? »',
      'Insérer toutes les sections manquantes (« What is it? », « Why is it important? »)',
      'Supprimer « (link is external) »',
      'Utiliser https://',
    ])
      assert.ok(titles(french).includes(expected), `${expected} in ${titles(french).join(' | ')}`);
    assert.ok(
      french.some(
        (p) => p.message === 'L’entrée « Ports » n’a pas la section « What is it? » (gabarit force-of-change). Vouliez-vous dire le titre « What it is » ?',
      ),
      french.map((p) => p.message).join('\n'),
    );
    for (const p of french) for (const word of ENGLISH_WORDS) assert.ok(!p.message.includes(word), `${word}: ${p.message}`);
    for (const title of titles(french)) assert.doesNotMatch(title, /^(?:Add|Remove|Renumber|Rename|Insert|Use|Move|Shorten|Change|Replace|Indent) /, title);
  });
});

describe('the CLI in French', () => {
  const expected = fs.readFileSync(path.join(root, 'test/fixtures/with-problems.expected.txt'), 'utf8');
  /** `file:line:column severity rule` of each row: the findings, whatever their words. */
  const places = (out: string): string[] =>
    out
      .trim()
      .split('\n')
      .map((l) => l.split(' ').slice(0, 3).join(' '));

  it('is English by default: the expected output of examples/with-problems, with no locale or with C.UTF-8', async () => {
    assert.strictEqual((await runCli(['with-problems'], examples, envWith())).stdout, expected);
    assert.strictEqual((await runCli(['with-problems'], examples, envWith({ LANG: 'C.UTF-8' }))).stdout, expected);
    assert.strictEqual((await runCli(['--locale', 'en-CA', 'with-problems'], examples, envWith({ LANG: 'fr_CA.UTF-8' }))).stdout, expected, '--locale wins');
    assert.strictEqual((await runCli(['with-problems'], examples, envWith({ LANG: 'fr_CA.UTF-8', LC_ALL: 'C' }))).stdout, expected, 'LC_ALL wins');
  });

  it('--locale fr words every finding of a rule in examples/with-problems in French', async () => {
    const r = await runCli(['--locale', 'fr', 'with-problems'], examples, envWith());
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(places(r.stdout), places(expected), 'the same findings, in the same order');
    const rows = r.stdout.trim().split('\n');
    const english = expected.trim().split('\n');
    // .foresight.yml's own problems are the config loader's, not a rule's: messagesFiles.test.ts checks their French.
    const ruleRows = rows.filter((l) => l.split(' ')[2] !== 'config');
    assert.ok(ruleRows.length >= 30, `${ruleRows.length} rows`);
    for (const [i, row] of rows.entries()) {
      if (row.split(' ')[2] === 'config') continue;
      assert.notStrictEqual(row, english[i]);
      const message = FOREIGN_DETAILS.reduce((m, detail) => m.replace(detail, ''), row.split(' ').slice(3).join(' '));
      for (const word of ENGLISH_WORDS) assert.ok(!message.includes(word), `"${word}" in: ${row}`);
    }
    for (const words of [
      'undefined-footnote La note [^10] n’a pas de définition.',
      'missing-section L’entrée « Sub-national diplomacy » n’a pas la section « Why is it important? » (gabarit force-of-change).',
      'missing-source-url La note [^3] cite une source en ligne (elle nomme Globe and Mail), mais ne donne aucun lien.',
      'translation-drift Les chiffres diffèrent de ceux de la version anglaise (translation.md) : 38 ici ; 35 dans l’autre version.',
      'unknown-template Gabarit inconnu « sigal ». Vouliez-vous dire « signal » ?',
    ])
      assert.ok(
        rows.some((row) => row.endsWith(words)),
        words,
      );
  });

  it('takes French from LANG, LC_MESSAGES or LC_ALL, in every thread of a run', async () => {
    const french = (await runCli(['--locale', 'fr', 'with-problems'], examples, envWith())).stdout;
    const environments: Array<Record<string, string>> = [
      { LANG: 'fr_FR.UTF-8' },
      { LANG: 'en_US.UTF-8', LC_MESSAGES: 'fr_CA.UTF-8' },
      { LANG: 'en_US.UTF-8', LC_ALL: 'fr_BE.UTF-8' },
    ];
    for (const vars of environments) {
      assert.strictEqual((await runCli(['with-problems'], examples, envWith(vars))).stdout, french, JSON.stringify(vars));
    }
    // Worker threads parse the command line again and have the environment: the run's locale is theirs too. Files
    // large enough that threads take some (a thread starts 256 KB behind), checked by dist/cli.js as users run it.
    const dir = makeTempDir('foresight-l10n-jobs-');
    fs.cpSync(path.join(examples, 'with-problems'), path.join(dir, 'with-problems'), { recursive: true });
    const prose = 'Ports grow slowly and the text goes on. '.repeat(10);
    for (let i = 0; i < 4; i++) fs.writeFileSync(path.join(dir, `big${i}.md`), `# Big ${i}\n\n${`${prose}\n\n`.repeat(800)}A claim.[^${i + 1}]\n`);
    const cli = path.join(dist, 'cli.js');
    const oneThread = spawnSync(process.execPath, [cli, '--locale', 'fr', '.'], { cwd: dir, encoding: 'utf8', env: envWith() }).stdout;
    assert.ok(oneThread.includes('big3.md:') && oneThread.includes('n’a pas de définition'), oneThread);
    for (const [args, vars] of [
      [['--jobs', '3', '.'], { LANG: 'fr_FR.UTF-8' }],
      [['--jobs', '3', '--locale', 'fr', '.'], { LANG: 'en_US.UTF-8' }],
    ] as const) {
      const threads = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', env: envWith(vars) });
      assert.strictEqual(threads.stdout, oneThread, args.join(' '));
    }
  });

  it('refuses a --locale that is no locale, and lists the option in --help', async () => {
    const r = await runCli(['--locale', 'fr CA!', 'with-problems'], examples, envWith());
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--locale takes a language/);
    assert.match((await runCli(['--help'])).stdout, /^--locale L /m);
  });
});

describe('the language server in French', function () {
  this.timeout(30000);
  const REPORT = 'A claim.[^1]\n';

  it('words diagnostics in the locale set on the service (the editor’s at initialize)', () => {
    const docs = new Map<string, OpenDocument>();
    const uri = URI.file(path.join(makeTempDir('foresight-l10n-'), 'a.md')).toString();
    docs.set(uri, { uri, version: 1, getText: () => REPORT });
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    service.setLocale('fr');
    assert.deepStrictEqual(
      service.diagnosticsFor(uri).map((d) => d.message),
      ['La note [^1] n’a pas de définition.'],
    );
  });

  for (const [locale, message, title] of [
    ['fr', 'La note [^1] n’a pas de définition.', 'Ajouter une définition pour [^1]'],
    ['en-US', 'Footnote [^1] has no definition.', 'Add a definition for [^1]'],
  ] as const) {
    it(`takes the locale of initialize (${locale}) for diagnostics and quick fix titles, over stdio`, async () => {
      const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe', env: envWith() });
      const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
      const dir = makeTempDir('foresight-l10n-');
      const uri = URI.file(path.join(dir, 'a.md')).toString();
      const published = new Promise<PublishDiagnosticsParams>((resolve) =>
        connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
          if (p.uri === uri && p.diagnostics.length) resolve(p);
        }),
      );
      connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
      connection.onRequest('client/registerCapability', () => null);
      connection.listen();
      try {
        await connection.sendRequest('initialize', {
          processId: process.pid,
          locale,
          rootUri: URI.file(dir).toString(),
          workspaceFolders: [{ uri: URI.file(dir).toString(), name: 'ws' }],
          capabilities: { workspace: { configuration: true } },
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: REPORT } });
        const diagnostics: Diagnostic[] = (await published).diagnostics;
        assert.deepStrictEqual(
          diagnostics.map((d) => d.message),
          [message],
        );
        const actions = (await connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostics[0].range,
          context: { diagnostics, only: ['quickfix'] },
        })) as CodeAction[];
        assert.deepStrictEqual(
          actions.map((a) => a.title),
          [title],
        );
      } finally {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]).catch(() => undefined);
        connection.dispose();
        child.kill();
      }
    });
  }
});
