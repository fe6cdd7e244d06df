/** Notes written in French (README, "Bilingual reports"): the forms a French report's notes take, read as the English ones are. */
import * as assert from 'assert';
import { check } from '../../../server/src/core/checker';
import { defaultConfig } from '../../../server/src/core/config/config';
import { readNote } from '../../../server/src/core/notes/classify';

describe('notes in French', () => {
  it('reads French short forms, legal and book citations, interviews and online sources', () => {
    assert.strictEqual(readNote('Ibid., p. 12.').shortForm, 'ibid');
    assert.strictEqual(readNote('Id., à la p. 15.').shortForm, 'id');
    assert.strictEqual(readNote('Dupont, *op. cit.*, p. 14.').shortForm, 'op-cit');
    assert.ok(readNote('Loi sur les langues officielles, L.R.C. 1985, ch. 31 (4e suppl.), art. 41.').forms.includes('legal'));
    assert.ok(readNote('Tremblay, Jean. *La prospective au Québec*. Montréal : Presses de l’Université de Montréal, 2019, 312 p.').forms.includes('book'));
    assert.ok(readNote('Entretien avec une fonctionnaire, Ottawa, 12 janvier 2025.').forms.includes('interview'));
    const online = readNote('Dupont, Marie. « Les villes et le monde ». *Le Devoir*, 3 mars 2024, en ligne, consulté le 5 mai 2024.');
    assert.strictEqual(online.kind, 'citation');
    assert.ok(online.web?.explicit, 'says it is online');
  });

  it('in a French report, flags only the online source given without its link', () => {
    const notes = [
      'Dupont, Marie. « Les villes et le monde ». *Le Devoir*, 3 mars 2024, en ligne, consulté le 5 mai 2024.',
      'Ibid., p. 12.',
      'Dupont, *op. cit.*, p. 14.',
      'Loi sur les langues officielles, L.R.C. 1985, ch. 31 (4e suppl.), art. 41.',
      'Tremblay, Jean. *La prospective au Québec*. Montréal : Presses de l’Université de Montréal, 2019, 312 p.',
      'Entretien avec une fonctionnaire, Ottawa, 12 janvier 2025.',
      'Institut de la statistique du Québec. « Portrait démographique ». 2023. https://statistique.example.qc.ca/portrait',
    ];
    const text = `---\ntitle: Essai\nlang: fr\n---\n\n# Essai\n\n${notes.map((_, i) => `Texte.[^${i + 1}]`).join(' ')}\n\n${notes.map((n, i) => `[^${i + 1}]: ${n}`).join('\n')}\n`;
    const found = check(text, { config: { ...defaultConfig(), inScope: true } }).problems.filter((p) => p.rule === 'missing-source-url');
    assert.deepStrictEqual(
      found.map((p) => text.slice(p.start, p.start + 5)),
      ['[^1]:'],
      found.map((p) => p.message).join('\n'),
    );
  });
});
