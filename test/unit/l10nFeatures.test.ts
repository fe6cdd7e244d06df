/**
 * The editor's features in the user's language (README, "Messages in your language"): hovers, code action titles,
 * completion, the outline, link tooltips, rename errors, the status bar, notices, the preview's marks, the link
 * check's details and the command line's summary. Each is asked in French and in English, at the same places.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Hover, Position } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { runCli } from '../../server/src/cli';
import { summaryLine, type Row } from '../../server/src/cliFormats';
import { check } from '../../server/src/core/checker';
import { errorMessage } from '../../server/src/core/links/http';
import { linkDetail, type LinkResult } from '../../server/src/core/links/result';
import { en, ENGLISH, messagesIn, readEnglish, type MessageKey } from '../../server/src/core/messages';
import type { Analysis } from '../../server/src/features/analysis';
import { codeActions } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { diagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { documentLinks } from '../../server/src/features/links';
import { rename, RenameError } from '../../server/src/features/navigation';
import { renderReport } from '../../server/src/features/render';
import { reportStatus } from '../../server/src/features/status';
import { documentSymbols } from '../../server/src/features/symbols';
import { rules } from '../../server/src/core/rules';
import { LanguageService, type OpenDocument } from '../../server/src/service';
import { analyse, positionOf } from '../support/features';
import { makeTempDir } from '../support/tmp';

const REPORT = [
  '---',
  'template: force-of-change',
  'title: Ports',
  '---',
  '',
  '# Ports',
  '',
  '## What is it?',
  '',
  'Claim.[^2] Another.[^1] Again.[^3] Lost.[^9] Cited @tavares2016.',
  '',
  '## Notes',
  '',
  '[^1]: Jane Smith, "Ports at risk," The Globe and Mail, 3 March 2021.',
  '[^2]: Jones, *Harbours* (Toronto: Dundurn, 2019). https://example.org/harbours',
  '[^3]: Ibid.',
  '[^4]: A note nobody cites.',
  '',
].join('\n');

/** Words of the English features that no French one may hold. */
const ENGLISH_WORDS =
  /\b(?:Source:|Footnote|is cited|Required section|Optional section|Missing section|Citation of|Short citation|Refers to|This note|no bibliography|Next free|Referenced|entry ·|footnotes?\b|without source|Replace "Ibid|Fix all|Renumber|checked \d|min ago|archived copies|connection refused)/;

const text = (h: Hover | null): string => (h ? (typeof h.contents === 'string' ? h.contents : (h.contents as { value: string }).value) : '');

function both(report = REPORT, options = {}): { en: Analysis; fr: Analysis } {
  return { en: analyse(report, options), fr: analyse(report, { ...options, locale: 'fr' }) };
}

describe('the editor’s features in French', () => {
  it('says every hover in French: a note, its source and problem, a definition, an Ibid., a missing note, a section, a key', () => {
    const { en: e, fr: f } = both();
    const places: Array<[string, number]> = [
      ['[^1] Again', 2],
      ['[^2] Another', 2],
      ['[^3] Lost', 2],
      ['[^9]', 2],
      ['[^1]: Jane', 2],
      ['[^4]: A note', 2],
      ['## What is it?', 4],
      ['@tavares2016', 2],
    ];
    for (const [needle, delta] of places) {
      const at: Position = positionOf(e, needle, delta);
      const english = text(hover(e, at));
      const french = text(hover(f, at));
      assert.ok(english && french, needle);
      assert.notStrictEqual(french, english, needle);
      assert.doesNotMatch(french, ENGLISH_WORDS, `${needle}: ${french}`);
    }
    assert.match(text(hover(f, positionOf(f, '[^1] Again', 2))), /Cette note cite une source en ligne/);
    assert.match(text(hover(f, positionOf(f, '[^2] Another', 2))), /Source : <https:\/\/example\.org\/harbours>/);
    assert.match(text(hover(f, positionOf(f, '[^3] Lost', 2))), /Citation abrégée \(« Ibid\. »\)[\s\S]*Renvoie à \[\^1\] :/);
    assert.strictEqual(text(hover(f, positionOf(f, '[^9]', 2))), 'La note **[^9]** n’a pas de définition.');
    assert.strictEqual(text(hover(f, positionOf(f, '[^4]: A note', 2))), 'La note **[^4]** n’est appelée nulle part.');
    assert.match(text(hover(f, positionOf(f, '[^1]: Jane', 2))), /^La note \*\*\[\^1\]\*\* est appelée une fois \(à la ligne 10\)\.$/);
    assert.match(text(hover(f, positionOf(f, '## What is it?', 4))), /^\*\*What is it\?\*\* · Section obligatoire du gabarit force-of-change/);
    // The English words stay as they were.
    assert.strictEqual(text(hover(e, positionOf(e, '[^4]: A note', 2))), 'Footnote **[^4]** is cited 0 times.');
    assert.strictEqual(text(hover(e, positionOf(e, '[^2]: Jones', 2))), 'Footnote **[^2]** is cited once (first on line 10).');
  });

  it('describes every kind of note in both languages: forms before "of an online source", a page number as a short form', () => {
    const report = [
      '# R',
      '',
      'A.[^1] B.[^2] C.[^3]',
      '',
      '[^1]: Jones, *Harbours* (2019).',
      '[^2]: p. 45.',
      '[^3]: Interview with Jane Smith, Ottawa, 3 May 2021. Available at https://example.org/y',
      '[^4]: Fact-Finding Report, at 3. HPC 19-910',
      '',
    ].join('\n');
    const { en: e, fr: f } = both(report.replace('C.[^3]', 'C.[^3] D.[^4]'));
    assert.match(text(hover(e, positionOf(e, '[^4]\n', 2))), /_Citation \(record of a proceeding\)_/);
    assert.match(text(hover(f, positionOf(f, '[^4]\n', 2))), /_Référence \(pièce d’une procédure\)_/);
    assert.match(text(hover(e, positionOf(e, '[^2] C', 2))), /_Short citation \(a page number\)_/);
    assert.match(text(hover(f, positionOf(f, '[^2] C', 2))), /_Citation abrégée \(un numéro de page\)_/);
    assert.match(text(hover(e, positionOf(e, '[^3] D', 2))), /_Citation \(interview\) of an online source_/);
    assert.match(text(hover(f, positionOf(f, '[^3] D', 2))), /_Référence \(entrevue\) à une source en ligne_/);
    // A key the catalogue lacks reads as itself, never a throw.
    assert.strictEqual(messagesIn('fr').dynamic('short.none-such' as MessageKey), 'short.none-such');
  });

  it('says the link check’s result in a hover in French: its detail, when it was checked, the archive', () => {
    const checkedAt = Date.now() - 5 * 60000;
    const links = (url: string): LinkResult | undefined =>
      url.includes('harbours') ? { url, kind: 'unreachable', detail: errorMessage('ECONNREFUSED', 'x'), checkedAt } : undefined;
    const { en: e, fr: f } = both(REPORT, { links });
    const at = positionOf(e, '[^2] Another', 2);
    assert.match(text(hover(e, at)), /Source: <https:\/\/example\.org\/harbours> · ✗ connection refused \(checked 5 min ago\) · \[archived copies\]/);
    assert.match(text(hover(f, at)), /Source : <https:\/\/example\.org\/harbours> · ✗ connexion refusée \(vérifié il y a 5 min\) · \[copies archivées\]/);
  });

  it('titles code actions in French: Ibid. expansion, renumbering, fix all', () => {
    const { en: e, fr: f } = both();
    const all = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
    const titles = (a: Analysis, only: string[] | undefined, at = all): string[] =>
      codeActions(a, at, only, diagnostics(a), { locale: a.language }).map((c) => c.title);
    const ibid = { start: positionOf(e, '[^3]: Ibid', 7), end: positionOf(e, '[^3]: Ibid', 7) };
    assert.deepStrictEqual(titles(e, ['refactor.rewrite'], ibid), ['Replace "Ibid." with the full citation of [^1]']);
    assert.deepStrictEqual(titles(f, ['refactor.rewrite'], ibid), ['Remplacer « Ibid. » par la citation complète de [^1]']);
    assert.deepStrictEqual(titles(f, ['source.renumberFootnotes.foresight']), ['Renuméroter les notes dans l’ordre de lecture']);
    assert.deepStrictEqual(titles(f, ['source.fixAll.foresight']), ['Corriger tous les problèmes Foresight sans risque']);
    for (const title of titles(f, undefined)) assert.doesNotMatch(title, ENGLISH_WORDS, title);
  });

  it('details completion, outline and link tooltips in French, and says the status bar’s words in French', () => {
    const { en: e, fr: f } = both();
    const details = (a: Analysis, needle: string, delta: number): string[] => completion(a, positionOf(a, needle, delta)).map((c) => c.detail ?? '');
    assert.ok(details(f, 'Lost.[^9]', 7).includes('Prochain numéro de note libre'));
    const report = REPORT.replace('## Notes', '##');
    const sections = (l: string): string[] =>
      completion(analyse(report, { locale: l }), positionOf(analyse(report), '##\n\n[^1]', 2)).map((c) => c.detail ?? '');
    assert.ok(sections('fr').includes('Section manquante · force-of-change'), sections('fr').join(' | '));
    assert.ok(sections('en').includes('Missing section · force-of-change'), sections('en').join(' | '));
    const front = (l: string): string[] => completion(analyse('---\nti\n---\n', { locale: l }), { line: 1, character: 2 }).map((c) => c.detail ?? '');
    assert.ok(front('fr').includes('Le titre du rapport') && front('en').includes('The report title'));
    const outline = (a: Analysis): string => JSON.stringify(documentSymbols(a));
    assert.match(outline(e), /"4 footnotes"/);
    assert.match(outline(f), /"4 notes"/);
    assert.match(outline(f), /"entrée · force-of-change"|"section"/);
    assert.deepStrictEqual(
      documentLinks(f).map((l) => l.tooltip),
      ['Source de [^2]'],
    );
    assert.strictEqual(reportStatus(e).text, 'force-of-change · 1/2 sections · 4 notes · 1 without source');
    assert.strictEqual(reportStatus(f).text, 'force-of-change · 1/2 sections · 4 notes · 1 sans source');
  });

  it('refuses a rename in French', () => {
    const { fr: f } = both();
    const at = positionOf(f, '[^2] Another', 2);
    assert.throws(
      () => rename(f, at, 'a b'),
      (e: Error) =>
        e instanceof RenameError &&
        e.message === '« a b » n’est pas une étiquette de note valide : utilisez des lettres, des chiffres ou de la ponctuation, sans espaces ni crochets.',
    );
    assert.throws(
      () => rename(f, at, '1'),
      (e: Error) => e.message === 'La note [^1] existe déjà.',
    );
    assert.throws(
      () => rename(f, at, '9'),
      (e: Error) => e.message === 'La note [^9] existe déjà (appelée, sans définition).',
    );
  });

  it('writes the preview’s header in the report’s language', () => {
    const report = (lang: string): string => `---\nlang: ${lang}\nhorizon: 2035\n---\n\nText.\n`;
    assert.match(renderReport(report('en')).body, /<p class="fs-kicker">Report<\/p><h1>Report<\/h1>.*Horizon: 2035/s);
    assert.match(renderReport(report('fr'), { locale: 'en' }).body, /<p class="fs-kicker">Rapport<\/p><h1>Rapport<\/h1>.*Horizon : 2035/s);
  });

  it('marks problems in the preview in French', () => {
    const french = renderReport(REPORT, { locale: 'fr' }).body;
    const english = renderReport(REPORT).body;
    assert.match(english, /Missing section: <strong>Why is it important\?<\/strong>/);
    assert.match(french, /Section manquante : <strong>Why is it important\?<\/strong>/);
    assert.match(french, /title="La note \[\^9\] n’a pas de définition"/);
    assert.match(french, />sans source</);
    assert.match(french, /Notes non appelées dans le texte/);
    assert.match(french, /aria-label="Retour à l’appel de note 1"/);
    assert.doesNotMatch(french, /Missing section|has no definition|>no source<|Not cited|Back to reference/);
  });
});

describe('notices in French', () => {
  it('says a rule’s cut-off list in the language of the check', () => {
    const report = 'A.[^1] B.[^2] C.[^3]\n';
    assert.strictEqual(check(report, { maxFindingsPerRule: 1 }).notice, 'undefined-footnote found more than 1 problems: only those are listed.');
    assert.strictEqual(
      check(report, { maxFindingsPerRule: 1, locale: 'fr' }).notice,
      'undefined-footnote a trouvé plus de 1 problèmes : seuls ceux-là sont listés.',
    );
  });

  it('says the service’s notices (too large for a live check, stopped at the timeout) in the editor’s language', () => {
    const docs = new Map<string, OpenDocument>();
    const uri = URI.file(path.join(makeTempDir('foresight-l10n-'), 'a.md')).toString();
    docs.set(uri, { uri, version: 1, getText: () => 'A claim.[^1]\n'.repeat(200) });
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    service.setLocale('fr');
    service.applySettings({ maxLiveSize: 1000 });
    assert.deepStrictEqual(
      service.diagnosticsFor(uri).map((d) => d.message),
      ['Ce rapport fait 0,0 Mo, au-delà de la limite de vérification en direct de 0 Mo : vérifiez-le plutôt avec foresight-lint.'],
    );
    service.applySettings({ checkTimeout: 0 });
    service.reset();
    assert.deepStrictEqual(
      service.diagnosticsFor(uri).map((d) => d.message),
      ['La vérification de ce rapport a pris plus de 0 s (foresight.checkTimeout) et a été arrêtée : vérifiez-le plutôt avec foresight-lint.'],
    );
  });
});

describe('front matter problems in French', () => {
  it('says the front matter’s own problems in French, the YAML parser’s words kept inside', () => {
    const said = (text: string, locale?: string): string[] =>
      check(text, { locale })
        .problems.filter((p) => p.rule === 'front-matter-syntax')
        .map((p) => p.message);
    const list = '---\n- a\n- b\n---\n# T\n';
    assert.deepStrictEqual(said(list), ['Front matter: Front matter must be a mapping of fields (key: value).']);
    assert.deepStrictEqual(said(list, 'fr'), ['Métadonnées : Les métadonnées doivent être une table de champs (nom, deux-points, valeur).']);
    const big = `---\ntitle: ${'x'.repeat(300 * 1024)}\n---\n# T\n`;
    assert.match(said(big)[0], /^Front matter: \d+ KB of front matter; over \d+ KB is not read\.$/);
    assert.match(said(big, 'fr')[0], /^Métadonnées : \d+ Ko de métadonnées ; au-delà de \d+ Ko, elles ne sont pas lues\.$/);
  });
});

describe('the link check’s details in French', () => {
  it('reads back every English detail of the catalogue and says it in French; an unknown one is kept', () => {
    const keys = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('link.') && k !== 'link.source-of');
    assert.ok(keys.length >= 25, `${keys.length}`);
    const fr = messagesIn('fr');
    for (const key of keys) {
      const params: Record<string, string> = {};
      for (const m of en[key].matchAll(/\{(\w+)\}/g)) params[m[1]] = m[1] === 'error' ? ENGLISH.t('link.non-public', { host: '10.0.0.1' }) : `«${m[1]}»`;
      const english = ENGLISH.dynamic(key, params);
      assert.ok(readEnglish(key, english), key);
      const said = linkDetail({ detail: english }, fr);
      assert.notStrictEqual(said, english, key);
      if (params.error) assert.match(said, /10\.0\.0\.1 est une adresse non publique/, key);
      assert.strictEqual(linkDetail({ detail: english }, ENGLISH), english, key);
    }
    assert.strictEqual(linkDetail({ detail: 'getaddrinfo EBUSY x' }, fr), 'getaddrinfo EBUSY x');
    assert.strictEqual(errorMessage('CERT_HAS_EXPIRED', 'x'), 'TLS certificate problem (CERT_HAS_EXPIRED)');
  });
});

describe('the command line’s summary in French', () => {
  const row = (severity: Row['severity'], file = 'a.md'): Row => ({ file, line: 1, column: 1, endLine: 1, endColumn: 2, severity, rule: 'r', message: 'm' });

  it('counts problems, severities, files and fixes in the run’s language', () => {
    const rows = [row('error'), row('warning'), row('warning', 'b.md'), row('hint')];
    const options = { colour: false, files: 3, fixable: new Set([0]) };
    assert.strictEqual(summaryLine(rows, options), '✖ 4 problems (1 error, 2 warnings, 1 hint) in 2 files, 1 fixable with --fix');
    assert.strictEqual(
      summaryLine(rows, { ...options, messages: messagesIn('fr') }),
      '✖ 4 problèmes (1 erreur, 2 avertissements, 1 suggestion) dans 2 fichiers, 1 corrigeable avec --fix',
    );
    assert.strictEqual(summaryLine([], { ...options, messages: messagesIn('fr') }), 'Aucun problème dans 3 fichiers');
    assert.strictEqual(
      summaryLine([row('info')], { ...options, fixable: new Set(), messages: messagesIn('fr') }),
      '⚠ 1 problème (1 information) dans 1 fichier',
    );
  });

  it('prints the summary of a run with --locale fr in French', async () => {
    const dir = makeTempDir('foresight-l10n-cli-');
    fs.writeFileSync(path.join(dir, 'a.md'), 'A claim.[^1]\n');
    const r = await runCli(['--locale', 'fr', 'a.md'], dir, { PATH: process.env.PATH ?? '' });
    assert.match(r.stderr, /✖ 1 problème \(1 erreur\) dans 1 fichier/);
  });
});

describe('rule descriptions in French', () => {
  it('has every rule’s description in the catalogue, the English as the rule gives it, and SARIF says them in the run’s language', async () => {
    const codes = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith('rule.')).map((k) => k.slice(5));
    assert.deepStrictEqual(codes.sort(), rules.map((r) => r.code).sort());
    for (const r of rules) assert.strictEqual(ENGLISH.dynamic(`rule.${r.code}` as MessageKey), r.description, r.code);
    const dir = makeTempDir('foresight-l10n-sarif-');
    fs.writeFileSync(path.join(dir, 'a.md'), 'A claim.[^1]\n');
    const described = async (locale: string): Promise<Record<string, string>> => {
      const r = await runCli(['--locale', locale, '--format', 'sarif', 'a.md'], dir, { PATH: process.env.PATH ?? '' });
      const driver = JSON.parse(r.stdout).runs[0].tool.driver as { rules: Array<{ id: string; shortDescription: { text: string } }> };
      return Object.fromEntries(driver.rules.map((d) => [d.id, d.shortDescription.text]));
    };
    const english = await described('en');
    const french = await described('fr');
    for (const r of rules) {
      assert.strictEqual(english[r.code], r.description, r.code);
      assert.strictEqual(french[r.code], messagesIn('fr').dynamic(`rule.${r.code}` as MessageKey), r.code);
      assert.notStrictEqual(french[r.code], english[r.code], r.code);
    }
  });
});
