/** Bilingual reports (README, "Bilingual reports"): French templates and typography, the report's language, and translation-drift. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { check, type CheckOptions } from '../../server/src/core/checker';
import { parseConfig } from '../../server/src/core/config/config';
import { reportLanguage } from '../../server/src/core/model';
import { figures, type TranslationPair } from '../../server/src/core/rules/translationDrift';
import { entrySkeleton, reportSkeleton, snippetsFor } from '../../server/src/core/templates/skeleton';
import { builtinTemplates, normalizeSectionName } from '../../server/src/core/templates/templates';
import { runCli } from '../../server/src/cli';
import { LanguageService, type OpenDocument } from '../../server/src/service';
import { hover } from '../../server/src/features/hover';
import { makeTempDir } from '../support/tmp';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const codes = (text: string, options: CheckOptions = {}): string[] => check(text, options).problems.map((p) => p.rule);

describe('French in the templates', () => {
  it('matches French section names with French typography, in any report', () => {
    for (const [what, why] of [
      [`Qu’est-ce que c’est${NNBSP}?`, `Pourquoi est-ce important${NBSP}?`],
      ["Qu'est-ce que c'est ?", 'Pourquoi est-ce important?'],
      ['De quoi s’agit-il ?', 'En quoi est-ce important ?'],
    ]) {
      const text = `---\ntemplate: force-of-change\ntitle: Villes\nlang: fr\n---\n\n# Villes\n\n## Une entrée\n\n### ${what}\n\nTexte.\n\n### ${why}\n\nTexte.\n`;
      assert.deepStrictEqual(codes(text), [], `${what} / ${why}`);
    }
    assert.strictEqual(normalizeSectionName(`« Signaux »${NNBSP}!`), normalizeSectionName('"Signaux"'));
  });

  it('says and inserts a missing section in the report’s language', () => {
    const text = '---\ntemplate: force-of-change\ntitle: Villes\nlang: fr-CA\n---\n\n# Villes\n\n## Une entrée\n\n### Qu’est-ce que c’est ?\n\nTexte.\n';
    const missing = check(text).problems.find((p) => p.rule === 'missing-section')!;
    assert.match(missing.message, /"Pourquoi est-ce important \?"/);
    const insert = missing.fixes!.find((f) => f.title.startsWith('Insert section'))!;
    assert.strictEqual(insert.title, 'Insert section "Pourquoi est-ce important ?"');
    assert.match(insert.edits[0].newText, /^### Pourquoi est-ce important \?\n\n_À rédiger\._\n$/m);
    const english = check(text.replace('lang: fr-CA\n', '')).problems.find((p) => p.rule === 'missing-section')!;
    assert.match(english.message, /"Why is it important\?"/, 'an English report gets the English name');
  });

  it('knows the report’s language from front matter lang:, then the file name', () => {
    const fm = (value: string): Parameters<typeof reportLanguage>[0] => ({
      start: 0,
      end: 0,
      contentStart: 0,
      errors: [],
      portability: [],
      fields: new Map([['lang', { key: 'lang', keyStart: 0, keyEnd: 0, valueStart: 0, valueEnd: 0, value }]]),
    });
    assert.strictEqual(reportLanguage(fm('fr-CA'), 'x.md'), 'fr');
    assert.strictEqual(reportLanguage(fm('EN'), 'x.fr.md'), 'en');
    assert.strictEqual(reportLanguage(undefined, '/a/b/x.fr.qmd'), 'fr');
    assert.strictEqual(reportLanguage(undefined, 'x.md'), 'en');
    assert.strictEqual(reportLanguage(fm('French'), 'x.md'), 'en', 'not a language tag');
  });

  it('every built-in template has French names, and its French skeleton is a clean French report', () => {
    for (const t of builtinTemplates().values()) {
      const fr = t.languages.fr;
      assert.ok(fr && t.sections.every((s) => fr.names[s]), t.name);
      const text = reportSkeleton(t, 'text', 'fr');
      assert.match(text, /^lang: fr$/m);
      for (const s of t.sections) assert.ok(text.includes(`### ${fr.names[s]}\n`), `${t.name}: ${s}`);
      const found = check(text).problems.filter((p) => p.severity === 'error' || p.rule.includes('section'));
      assert.deepStrictEqual(found, [], t.name);
      assert.ok(entrySkeleton(t, 'text', 'fr').includes(fr.names[t.sections[0]]));
      assert.doesNotMatch(reportSkeleton(t, 'text'), /^lang:/m, 'English skeletons are unchanged');
    }
    const snippets = snippetsFor(builtinTemplates().values());
    assert.ok(snippets['Rapport de prospective (fr) : force-of-change'].body.some((l) => l.includes('Pourquoi est-ce important')));
  });

  it('user templates give names per language in .foresight.yml', () => {
    const loaded = parseConfig(
      'templates:\n  brief:\n    sections: [Summary, Options]\n    languages:\n      fr:\n        sections: [Résumé, Options possibles]\n        aliases: {Résumé: [Sommaire]}\n',
    );
    assert.deepStrictEqual(loaded.problems, []);
    const config = loaded.config;
    const text = '---\ntemplate: brief\ntitle: B\nlang: fr\n---\n\n# B\n\n## Sommaire\n\nA.\n\n## Options possibles\n\nB.\n';
    assert.deepStrictEqual(codes(text, { config }), []);
    assert.match(check('---\ntemplate: brief\ntitle: B\nlang: fr\n---\n\n# B\n\n## Sommaire\n\nA.\n', { config }).problems[0].message, /"Options possibles"/);
    const bad = parseConfig('templates:\n  brief:\n    sections: [Summary]\n    languages:\n      french: {sections: [Résumé]}\n');
    assert.match(bad.problems[0].message, /must be a language code/);
  });
});

const EN = `---
title: Ports
template: force-of-change
date: 2026-06-01
status: published
---

# Ports

## Bottlenecks

### What is it?

Ten ports handle 35.5% of traffic, or 1,250,000 boxes a day in 2025.[^1] See [the data](https://ports.example.org/en/data).

### Why is it important?

A closure delays goods for 3 months.[^2]

## Notes

[^1]: Port Observatory. "Traffic." 2025. https://ports.example.org/en/traffic
[^2]: Lee, K. "Delays." 2024. https://doi.org/10.5555/delays.17
`;

const FR = `---
title: Ports
template: force-of-change
lang: fr
date: 2026-06-01
status: published
---

# Ports

## Goulets

### Qu’est-ce que c’est ?

Dix ports traitent 35,5${NNBSP}% du trafic, soit 1${NBSP}250${NBSP}000 conteneurs par jour en 2025.[^1] Voir [les données](https://ports.example.org/fr/donnees).

### Pourquoi est-ce important ?

Une fermeture retarde les marchandises de 3 mois.[^2]

## Notes

[^1]: Observatoire portuaire. « Trafic ». 2025. https://ports.example.org/fr/trafic
[^2]: Lee, K. « Retards ». 2024. https://doi.org/10.5555/delays.17
`;

const drift = (text: string, other: string, otherName = 'ports.fr.md'): string[] =>
  check(text, { fileName: 'ports.md', translation: (): TranslationPair => ({ name: otherName, fileName: otherName, text: other }) })
    .problems.filter((p) => p.rule === 'translation-drift')
    .map((p) => p.message);

describe('translation-drift', () => {
  it('finds nothing between faithful versions: French number formats, translated URLs and headings', () => {
    assert.deepStrictEqual(drift(EN, FR), []);
    assert.deepStrictEqual(drift(FR, EN, 'ports.md'), []);
  });

  it('reports a section in one version only, another number of notes, a figure, a source, a date or status', () => {
    const fr = FR.replace('35,5', '36,5').replace('date: 2026-06-01', 'date: 2026-05-20').replace('10.5555/delays.17', '10.5555/other.3');
    const found = drift(EN, fr);
    assert.ok(
      found.some((m) => /^Front matter `date` is "2026-06-01" here and "2026-05-20" in the French version \(ports\.fr\.md\)/.test(m)),
      found.join('\n'),
    );
    assert.ok(
      found.some((m) => m === 'Figures differ from the French version (ports.fr.md): 35.5 here; 36.5 there.'),
      found.join('\n'),
    );
    assert.ok(
      found.some((m) => /^Note 2 in reading order \(\[\^2\]\) cites doi:10\.5555\/delays\.17 here, and doi:10\.5555\/other\.3 /.test(m)),
      found.join('\n'),
    );
    const cut = FR.replace(/### Pourquoi[\s\S]*?(?=## Notes)/, '');
    const missing = drift(EN, cut);
    assert.ok(
      missing.some((m) => /^Section "Why is it important\?" is not in entry 1 of the French version/.test(m)),
      missing.join('\n'),
    );
    const fewer = drift(EN, FR.replace('conteneurs par jour en 2025.[^1]', 'conteneurs par jour en 2025.'));
    assert.ok(
      fewer.some((m) => /^Section "What is it\?" cites 1 note; its counterpart in the French version \(ports\.fr\.md\) cites 0\./.test(m)),
      fewer.join('\n'),
    );
    const site = drift(EN, FR.replace('https://ports.example.org/fr/trafic', 'https://other.example.net/trafic'));
    assert.ok(
      site.some((m) => /cites ports\.example\.org here, and other\.example\.net in the French version/.test(m)),
      site.join('\n'),
    );
    const status = drift(EN, FR.replace('status: published', 'status: draft'));
    assert.deepStrictEqual(status, ['Front matter `status` is "published" here and "draft" in the French version (ports.fr.md).']);
  });

  it('leaves out digits that are no figures, and reports a figure only when it changed on both sides', () => {
    assert.deepStrictEqual(figures('COVID-19 in 21st-century A4 reports, WCAG 2.4.4, &#160;{{< img src="a-1.png" >}} 1.4K', 'en'), []);
    assert.deepStrictEqual(figures('1. First\n2) Second 7', 'en'), ['7']);
    assert.deepStrictEqual(figures(`WCAG 2.1 et 1\u2009234 au XXIe siècle, le 1er mai`, 'fr'), ['2.1', '1234']);
    assert.deepStrictEqual(figures('around 2 p.m. or 9:30 a.m.', 'en'), figures('vers 14 h ou 9 h 30', 'fr'));
    assert.deepStrictEqual(figures('10,000 pages en 0,59 seconde', 'fr'), ['10000', '0.59']);
    // up to seven groups of thousands make one figure; a run past them is read in figures of that size
    assert.deepStrictEqual(figures('1 234 567 890 123 456 789 012', 'fr'), ['1.2345678901234568e+21']);
    assert.deepStrictEqual(figures('1,234,567,890,123,456,789,012', 'en'), ['1.2345678901234568e+21']);
    assert.deepStrictEqual(figures('1 234 234 234 234 234 234 234 234 234 5', 'fr'), ['1.2342342342342342e+21', '234234', '5']);
    // "4" written "quatre" in French: one side only, not reported; a changed figure is.
    const words = FR.replace('Une fermeture retarde les marchandises de 3 mois.', 'Une fermeture retarde les marchandises de trois mois.');
    assert.deepStrictEqual(drift(EN, words), []);
    const dated = FR.replace('date: 2026-06-01', 'date: 2026-06-01T14:30:00-04:00');
    assert.deepStrictEqual(drift(EN, dated), [], 'the same day');
  });

  it('compares reports with no template by their outline when both have the same headings', () => {
    const en =
      '# Water\n\n## Basins\n\nAbout 60% of fresh water is shared.[^1]\n\n## Treaties\n\nOnly 24 treaties cover them.\n\n[^1]: UN. "Water." 2024. https://un.example.org/water\n';
    const fr =
      '# L’eau\n\n## Bassins\n\nEnviron 60 % de l’eau douce est partagée.[^1]\n\n## Traités\n\nSeuls 42 traités les couvrent.\n\n[^1]: ONU. « Eau ». 2024. https://un.example.org/eau\n';
    assert.deepStrictEqual(drift(en, fr), ['Figures differ from the French version (ports.fr.md): 24 here; 42 there.']);
    const other = fr.replace('## Traités', '### Traités');
    assert.deepStrictEqual(
      drift(en, other),
      ['Figures differ from the French version (ports.fr.md): 24 here; 42 there.'],
      'a heading one level lower is still its counterpart',
    );
  });

  it('aligns outlines that differ: a section in one version only is said on both sides, the others are compared', () => {
    // The English has a section the French lacks (a translation that lags), and the French a heading of its own:
    // outlines of other shapes are aligned (when they have the same shape, the n-th section is the n-th's counterpart).
    const en = [
      '# Browsers',
      '## Firefox',
      'Firefox has 12 settings to change.[^1]',
      '## Mullvad Browser',
      'A browser made with the Tor Project in 2023, with 4 modes, and a long account of why it exists, what it does and how to set it up.',
      '## Brave',
      'Brave blocks 90% of trackers.[^2]',
      '[^1]: Mozilla. https://mozilla.example.org/settings',
      '[^2]: Brave. https://brave.example.com/privacy',
    ].join('\n\n');
    const fr = [
      '# Navigateurs',
      '## Firefox',
      'Firefox a 12 réglages à modifier.[^1]',
      '## Brave',
      'Brave bloque 80 % des traqueurs.[^2]',
      '### En français',
      'Des ressources en français, ajoutées à la version traduite pour les lecteurs qui préfèrent lire dans leur langue, avec des liens vers chacune.',
      '[^1]: Mozilla. https://mozilla.example.org/reglages',
      '[^2]: Brave. https://brave.example.com/privacy',
    ].join('\n\n');
    assert.deepStrictEqual(drift(en, fr), [
      'Section "Mullvad Browser" has no counterpart in the French version (ports.fr.md).',
      'The section "En français" of the French version (ports.fr.md), at line 11, has no counterpart in this version.',
      'Figures differ from the French version (ports.fr.md): 90 here; 80 there.',
    ]);
    assert.deepStrictEqual(drift(fr, en, 'ports.md'), [
      'The section "Mullvad Browser" of the other version (ports.md), at line 7, has no counterpart in this version.',
      'Figures differ from the other version (ports.md): 80 here; 90 there.',
      'Section "En français" has no counterpart in the other version (ports.md).',
    ]);
    // A heading with no prose of its own (over a list, a table) in one version only is not said.
    assert.deepStrictEqual(drift(en, fr.replace(/Des ressources en français.*/, '- [A](https://a.example.org)')).length, 2);
    // Past the alignment's bound (headings here × headings there), outlines that differ are not compared.
    const many = (n: number): string => Array.from({ length: n }, (_, i) => `## S${i}\n\n${i} items.`).join('\n\n');
    assert.deepStrictEqual(drift(many(600), many(500)), []);
  });

  it('says a moved section as moved, many sections in one version only as one finding, and cuts long headings', () => {
    const para = (words: string): string =>
      `${words}, in a sentence long enough to count as prose of its own in this section, and then some more words after that.`;
    const en = [
      '# R',
      '## Context',
      para('Context: 2019 and 14 cities'),
      '## Drivers',
      para('Drivers: 45 factors and 3 trends'),
      '## Scenarios',
      para('Four scenarios to 2040'),
    ].join('\n\n');
    const fr = [
      '# R',
      '## Facteurs',
      para('Facteurs : 45 éléments et 3 tendances'),
      '## Contexte',
      para('Contexte : 2019 et 14 villes'),
      '## Scénarios',
      para('Quatre scénarios à 2040'),
      '### Annexe',
      para('Une annexe'),
    ].join('\n\n');
    assert.deepStrictEqual(drift(en, fr), [
      'Section "Drivers" is at another place in the French version (ports.fr.md), at line 3 ("Facteurs").',
      'The section "Annexe" of the French version (ports.fr.md), at line 15, has no counterpart in this version.',
    ]);
    // Outlines of the same shape, two sections swapped: moved, not figures compared across unlike sections.
    const swapped = [
      '# R',
      '## Contexte',
      para('Contexte : 2019 et 14 villes'),
      '## Facteurs',
      para('Facteurs : 45 éléments et 3 tendances'),
      '## Scénarios',
      para('Quatre scénarios à 2040'),
    ].join('\n\n');
    const frSwap = [
      '# R',
      '## Facteurs',
      para('Facteurs : 45 éléments et 3 tendances'),
      '## Contexte',
      para('Contexte : 2019 et 14 villes'),
      '## Scénarios',
      para('Quatre scénarios à 2040'),
    ].join('\n\n');
    assert.deepStrictEqual(drift(en, frSwap), ['Section "Drivers" is at another place in the French version (ports.fr.md), at line 3 ("Facteurs").']);
    assert.deepStrictEqual(drift(en, swapped), [], 'the same order: nothing');
    const many = (n: number, name: string): string =>
      ['# R', ...Array.from({ length: n }, (_, i) => `## ${name} ${i}\n\n${para(`Part ${i} of a long report on ports`)}`)].join('\n\n');
    assert.deepStrictEqual(drift(many(40, 'Part'), '# R\n\n### Seule\n\nRien.\n'), [
      '39 sections have no counterpart in the French version (ports.fr.md), from "Part 0" on.',
    ]);
    const long = 'A heading that runs on '.repeat(20).trim();
    const [message] = drift(`# R\n\n## Keep\n\n${para('Kept 5')}\n\n## ${long}\n\n${para('Only here 9')}\n`, `# R\n\n## Garder\n\n${para('Gardé 5')}\n`);
    assert.match(message, /^Section "A heading that runs on A heading .{40,60}…" has no counterpart in the French version \(ports\.fr\.md\)\.$/);
  });

  it('keeps an updated section with its counterpart: new figures and a new note on one side are reported, not "no counterpart"', () => {
    const en = [
      '# Key figures',
      '## Residents',
      '9.1 million residents in 2024.[^1]',
      '## Employment',
      'Jobless rate: 5.8%.',
      '## Income',
      'Median income: $71,400.',
      '[^1]: Statistics Canada. https://stats.example.ca/pop',
    ].join('\n\n');
    const fr = [
      '# Chiffres clés',
      '## Habitants',
      '8,9 millions d’habitants en 2022.',
      '## Emploi',
      'Taux de chômage : 5,8 %.',
      '## Revenu',
      'Revenu médian : 71 400 $.',
    ].join('\n\n');
    assert.deepStrictEqual(drift(en, fr), [
      'Section "Residents" cites 1 note; its counterpart in the French version (ports.fr.md) cites 0.',
      'Figures differ from the French version (ports.fr.md): 9.1, 2024 here; 8.9, 2022 there.',
    ]);
    // The same with an extra section in French: the outlines differ, the updated section still pairs.
    const frMore =
      fr +
      '\n\n## Méthode\n\n' +
      'Les données viennent du recensement, complété par des enquêtes annuelles auprès des ménages de chaque province et territoire.';
    assert.deepStrictEqual(drift(en, frMore), [
      'Section "Residents" cites 1 note; its counterpart in the French version (ports.fr.md) cites 0.',
      'Figures differ from the French version (ports.fr.md): 9.1, 2024 here; 8.9, 2022 there.',
      'The section "Méthode" of the French version (ports.fr.md), at line 15, has no counterpart in this version.',
    ]);
  });

  it('does not shift notes after one left out: a lost source is said only when both versions have as many notes', () => {
    const en = '# E\n\nA.[^1] B.[^2] C.[^3]\n\n[^1]: S. https://a.example.org/1\n[^2]: An aside.\n[^3]: T. https://b.example.org/3\n';
    const fr = '# E\n\nA.[^1] C.[^3]\n\n[^1]: S. https://a.example.org/1\n[^3]: T. https://b.example.org/3\n';
    assert.deepStrictEqual(drift(en, fr), ['Section "E" cites 3 notes; its counterpart in the French version (ports.fr.md) cites 2.']);
  });

  it('leaves telephone numbers out of figures, however grouped', () => {
    assert.deepStrictEqual(figures('Call 1 800 959 8281 or (613) 555-1234, or 613.555.1234 for 12 offices', 'en'), ['12']);
    assert.deepStrictEqual(figures('Composez le 1-800-959-8281 pour 12 bureaux', 'fr'), ['12']);
  });

  it('reads English thousands grouped by spaces (50 000) as the French do', () => {
    assert.deepStrictEqual(figures('more than 50 000 jobs in 2015', 'en'), ['50000', '2015']);
    assert.deepStrictEqual(figures(`1${NBSP}250${NNBSP}000 and 3 cats`, 'en'), ['1250000', '3']);
    assert.deepStrictEqual(drift('# J\n\nOSS accounted for more than 50 000 jobs in 2015.\n', '# J\n\nPlus de 50 000 emplois en 2015.\n'), []);
  });

  it('reports a note whose source was lost in the other version, not an Ibid. or a citation key there', () => {
    const en =
      '# E\n\nA claim.[^1] Again.[^2]\n\n[^1]: See [the list](https://emoji.example.org/list).\n[^2]: Smith, *Book* (Oxford, 2001). https://books.example.org/smith\n';
    const fr = '# E\n\nUne affirmation.[^1] Encore.[^2]\n\n[^1]: Voir la liste.\n[^2]: Ibid.\n';
    assert.deepStrictEqual(drift(en, fr), [
      'Note 1 in reading order ([^1]) cites emoji.example.org here, but no source in the French version (ports.fr.md) ([^1]).',
    ]);
    assert.deepStrictEqual(drift(fr, en, 'ports.md'), [
      'Note 1 in reading order ([^1]) cites no source here, but emoji.example.org in the other version (ports.md) ([^1]).',
    ]);
  });

  it('lists at most ten figures in a message', () => {
    const en = '# W\n\n## A\n\n' + Array.from({ length: 30 }, (_, i) => `${i + 100}`).join(', ') + '\n';
    const fr = '# W\n\n## A\n\n' + Array.from({ length: 30 }, (_, i) => `${i + 200}`).join(', ') + '\n';
    assert.deepStrictEqual(drift(en, fr), [
      'Figures differ from the French version (ports.fr.md): 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, … here; 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, … there.',
    ]);
  });

  it('reads figures alike in English and French', () => {
    assert.deepStrictEqual(figures('1,250.5 and 12% in 2024, note[^7], https://x.org/2023/5', 'en'), ['1250.5', '12', '2024']);
    assert.deepStrictEqual(figures(`1 250,5 et 12${NNBSP}% en 2024, note[^7]`, 'fr'), ['1250.5', '12', '2024']);
    assert.deepStrictEqual(figures(`1${NBSP}250${NNBSP}000 ; 3,14`, 'fr'), ['1250000', '3.14']);
  });

  it('pairs versions by file name or front matter, reads an open version as edited, and re-checks the other when it changes', () => {
    const dir = makeTempDir('foresight-bilingual-');
    fs.writeFileSync(path.join(dir, 'ports.md'), EN);
    fs.writeFileSync(path.join(dir, 'ports.fr.md'), FR);
    fs.writeFileSync(path.join(dir, 'a.md'), EN.replace('date: 2026-06-01', 'date: 2026-06-01\ntranslation: b-french.md'));
    fs.writeFileSync(path.join(dir, 'b-french.md'), FR.replace('status: published', 'status: review'));
    const docs = new Map<string, OpenDocument>();
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    service.workspace.setFolders([URI.file(dir).toString()]);
    const uri = (n: string): string => URI.file(path.join(dir, n)).toString();
    const driftOf = (n: string): string[] =>
      service
        .diagnosticsFor(uri(n))
        .filter((d) => d.code === 'translation-drift')
        .map((d) => d.message);
    docs.set(uri('ports.md'), { uri: uri('ports.md'), version: 1, getText: () => EN });
    assert.deepStrictEqual(driftOf('ports.md'), []);
    docs.set(uri('a.md'), { uri: uri('a.md'), version: 1, getText: () => fs.readFileSync(path.join(dir, 'a.md'), 'utf8') });
    assert.deepStrictEqual(driftOf('a.md'), ['Front matter `status` is "published" here and "review" in the French version (b-french.md).']);
    // A keystroke in the English version re-checks it against the French model already built (not parsed again).
    const kept = (service as unknown as { pairModels: Map<string, { model: object }> }).pairModels;
    const frModel = kept.get(path.join(dir, 'ports.fr.md'))!.model;
    docs.set(uri('ports.md'), { uri: uri('ports.md'), version: 2, getText: () => EN.replace('Ten ports', 'Ten big ports') });
    assert.deepStrictEqual(driftOf('ports.md'), []);
    assert.strictEqual(kept.get(path.join(dir, 'ports.fr.md'))!.model, frModel);
    // The French version opened and edited, unsaved: the English one is checked against it.
    docs.set(uri('ports.fr.md'), { uri: uri('ports.fr.md'), version: 2, getText: () => FR.replace('35,5', '40') });
    assert.deepStrictEqual(service.translationReaders(uri('ports.fr.md')), [uri('ports.md')]);
    assert.deepStrictEqual(driftOf('ports.md'), ['Figures differ from the French version (ports.fr.md): 35.5 here; 40 there.']);
    assert.notStrictEqual(kept.get(path.join(dir, 'ports.fr.md'))!.model, frModel, 'a new text, a new model');
  });

  it('takes a version that cannot be looked for as none: a name too long with .fr added, a path through a file', async () => {
    const dir = makeTempDir('foresight-bilingual-');
    // 253 bytes: the name itself fits the file system's 255, its French version's (".fr" added) does not.
    const long = `${'r'.repeat(250)}.md`;
    fs.writeFileSync(path.join(dir, long), EN);
    fs.writeFileSync(path.join(dir, 'a.md'), EN.replace('date: 2026-06-01', 'date: 2026-06-01\ntranslation: b.md/c.md'));
    fs.writeFileSync(path.join(dir, 'b.md'), FR);
    const errors: string[] = [];
    const service = new LanguageService(
      { get: () => undefined, all: () => [] },
      { error: (m) => void errors.push(m), warn: () => undefined, linksChanged: () => undefined },
    );
    service.workspace.setFolders([URI.file(dir).toString()]);
    for (const name of [long, 'a.md']) {
      const found = service.diagnosticsFor(URI.file(path.join(dir, name)).toString());
      assert.deepStrictEqual(
        found.filter((d) => d.code === 'translation-drift' || /fail/i.test(d.message)),
        [],
        name,
      );
    }
    assert.deepStrictEqual(errors, []);
    const run = await runCli(['--format', 'json', dir], dir, {});
    assert.strictEqual(run.stderr, '');
    assert.strictEqual(run.code, 0);
  });

  it('reads a closed version again only when its file changes (size and modification time), not at each keystroke', () => {
    const dir = makeTempDir('foresight-bilingual-');
    const frFile = path.join(dir, 'ports.fr.md');
    fs.writeFileSync(path.join(dir, 'ports.md'), EN);
    fs.writeFileSync(frFile, FR);
    const docs = new Map<string, OpenDocument>();
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    const uri = URI.file(path.join(dir, 'ports.md')).toString();
    const driftAt = (version: number): string[] => {
      docs.set(uri, { uri, version, getText: () => EN + ' '.repeat(version) });
      return service
        .diagnosticsFor(uri)
        .filter((d) => d.code === 'translation-drift')
        .map((d) => d.message);
    };
    // A whole-second modification time, so that setting it again gives the very same stamp.
    const mtime = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    fs.utimesSync(frFile, mtime, mtime);
    assert.deepStrictEqual(driftAt(1), []);
    // Same size, same modification time: the text read before still stands (the file is not read again).
    fs.writeFileSync(frFile, FR.replace('35,5', '36,5'));
    fs.utimesSync(frFile, mtime, mtime);
    assert.deepStrictEqual(driftAt(2), []);
    // A later modification time: read again.
    fs.utimesSync(frFile, new Date(mtime.getTime() + 5000), new Date(mtime.getTime() + 5000));
    assert.deepStrictEqual(driftAt(3), ['Figures differ from the French version (ports.fr.md): 35.5 here; 36.5 there.']);
  });

  it('pairs by the config’s translations: patterns, and says when they are malformed', () => {
    const dir = makeTempDir('foresight-bilingual-');
    fs.mkdirSync(path.join(dir, 'en', 'ports'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'fr', 'ports'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.foresight.yml'), 'translations: {en: en/*.md, fr: fr/*.md}\n');
    fs.writeFileSync(path.join(dir, 'en', 'ports', 'index.md'), EN);
    fs.writeFileSync(path.join(dir, 'fr', 'ports', 'index.md'), FR.replace('35,5', '36'));
    const service = new LanguageService(
      { get: () => undefined, all: () => [] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    service.workspace.setFolders([URI.file(dir).toString()]);
    const drifts = (n: string): string[] =>
      service
        .closedFileDiagnostics(URI.file(path.join(dir, n)).toString())
        .filter((d) => d.code === 'translation-drift')
        .map((d) => d.message);
    assert.deepStrictEqual(drifts('en/ports/index.md'), ['Figures differ from the French version (index.md): 35.5 here; 36 there.']);
    assert.deepStrictEqual(drifts('fr/ports/index.md'), ['Figures differ from the English version (index.md): 36 here; 35.5 there.']);
    for (const bad of ['translations: {en: en/*.md}\n', 'translations: {en: en/x.md, fr: fr/*.md}\n', 'translations: [en, fr]\n'])
      assert.match(parseConfig(bad).problems[0]?.message ?? '', /`translations` must map two language codes/, bad);
  });

  it('finds the counterpart of a section or a note, for the hover and the side-by-side command', () => {
    const dir = makeTempDir('foresight-bilingual-');
    fs.writeFileSync(path.join(dir, 'ports.md'), EN);
    fs.writeFileSync(path.join(dir, 'ports.fr.md'), FR);
    const docs = new Map<string, OpenDocument>();
    const service = new LanguageService(
      { get: (u) => docs.get(u), all: () => [...docs.values()] },
      { error: () => undefined, warn: () => undefined, linksChanged: () => undefined },
    );
    const uri = URI.file(path.join(dir, 'ports.md')).toString();
    docs.set(uri, { uri, version: 1, getText: () => EN });
    const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
    const why = service.counterpart(uri, { line: lineOf(EN, '### Why is it important?'), character: 5 })!;
    assert.deepStrictEqual(
      [why.uri, why.what, why.range.start.line],
      [URI.file(path.join(dir, 'ports.fr.md')).toString(), 'Pourquoi est-ce important ?', lineOf(FR, '### Pourquoi')],
    );
    const inText = service.counterpart(uri, { line: lineOf(EN, 'A closure delays'), character: 3 })!;
    assert.strictEqual(inText.what, 'Pourquoi est-ce important ?', 'anywhere in a section');
    const note = service.counterpart(uri, { line: lineOf(EN, '[^1]: Port'), character: 1 })!;
    assert.deepStrictEqual([note.what, note.range.start.line], ['[^1]', lineOf(FR, '[^1]: Observatoire')]);
    const a = service.analyse(uri)!;
    const h = hover(a, { line: lineOf(EN, '### Why is it important?'), character: 5 }, () =>
      service.counterpart(uri, { line: lineOf(EN, '### Why is it important?'), character: 5 }),
    );
    assert.match(
      (h!.contents as { value: string }).value,
      new RegExp(`French version: \\*\\*Pourquoi est-ce important \\?\\*\\* \\(line ${lineOf(FR, '### Pourquoi') + 1} of ports\\.fr\\.md\\)`),
    );
    // Reports with no template: sections by their outline, aligned as translation-drift aligns them.
    const para = (words: string): string => `${words}, in a sentence long enough to count as prose of its own in this section, and then some more words.`;
    const enPlain = [
      '# R',
      '## Context',
      para('Context: 2019 and 14 cities'),
      '## Drivers',
      para('Drivers: 45 factors and 3 trends'),
      '## Scenarios',
      para('Four scenarios to 2040'),
    ].join('\n\n');
    const frPlain = [
      '# R',
      '## Facteurs',
      para('Facteurs : 45 éléments et 3 tendances'),
      '## Contexte',
      para('Contexte : 2019 et 14 villes'),
      '## Scénarios',
      para('Quatre scénarios à 2040'),
      '### Annexe',
      para('Une annexe qui rassemble les sources'),
    ].join('\n\n');
    fs.writeFileSync(path.join(dir, 'plain.md'), enPlain);
    fs.writeFileSync(path.join(dir, 'plain.fr.md'), frPlain);
    const plain = URI.file(path.join(dir, 'plain.md')).toString();
    docs.set(plain, { uri: plain, version: 1, getText: () => enPlain });
    const whereIs = (needle: string): [string, number] => {
      const c = service.counterpart(plain, { line: lineOf(enPlain, needle), character: 3 })!;
      return [c.what, c.range.start.line];
    };
    assert.deepStrictEqual(whereIs('## Context'), ['Contexte', lineOf(frPlain, '## Contexte')]);
    assert.deepStrictEqual(whereIs('Drivers: 45'), ['Facteurs', lineOf(frPlain, '## Facteurs')], 'a moved section, from its text');
    const onHeading = hover(service.analyse(plain)!, { line: lineOf(enPlain, '## Scenarios'), character: 4 }, () =>
      service.counterpart(plain, { line: lineOf(enPlain, '## Scenarios'), character: 4 }),
    );
    assert.strictEqual(
      (onHeading!.contents as { value: string }).value,
      `French version: **Scénarios** (line ${lineOf(frPlain, '## Scénarios') + 1} of plain.fr.md)`,
    );
    // A subsection with no counterpart of its own takes its parent's; a subheading in a template section gets no hover.
    const drivers = para('Drivers: 45 factors and 3 trends');
    const enSub = enPlain.replace(drivers, `${drivers}\n\n### Only in English\n\nA short note.`);
    fs.writeFileSync(path.join(dir, 'sub.md'), enSub);
    fs.writeFileSync(path.join(dir, 'sub.fr.md'), frPlain);
    const sub = URI.file(path.join(dir, 'sub.md')).toString();
    docs.set(sub, { uri: sub, version: 1, getText: () => enSub });
    assert.strictEqual(service.counterpart(sub, { line: lineOf(enSub, '### Only in English'), character: 5 })!.what, 'Facteurs');
    const enDeep = EN.replace('A closure delays', '#### A detail\n\nA closure delays');
    docs.set(uri, { uri, version: 2, getText: () => enDeep });
    const deep = { line: lineOf(enDeep, '#### A detail'), character: 6 };
    assert.strictEqual(
      hover(service.analyse(uri)!, deep, () => service.counterpart(uri, deep)),
      null,
    );
    const alone = URI.file(path.join(dir, 'alone.md')).toString();
    docs.set(alone, { uri: alone, version: 1, getText: () => EN });
    assert.strictEqual(service.counterpart(alone, { line: 0, character: 0 }), null);
  });
});
