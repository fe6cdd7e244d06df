/**
 * The BibTeX reader against the reference: Debian's `pandoc` (2.17), which
 * CI installs (.ci/apt-packages). Each generated file is converted with
 * `pandoc FILE.bib -t csljson`, and every entry's key, CSL type, title (as
 * text: Pandoc's `<i>`/`<b>`/`<span>` markup removed), URL and DOI must
 * agree with what the reader gives (docs/citations.md).
 */
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseBibtex } from '../../../server/src/core/bib/bibtex';
import { bibDoc } from '../../support/bibDocs';
import { makeTempDir } from '../../support/tmp';

const FILES = 40;
const ENTRIES = 100;
const PARALLEL = 4;

interface CslItem {
  id: string;
  type?: string;
  title?: string;
  URL?: string;
  DOI?: string;
}

const stripMarkup = (t: string | undefined): string | undefined => t?.replace(/<\/?(?:i|b|sup|sub|span)(?:\s[^<>]*)?>/g, '');

function pandocCsl(file: string): Promise<CslItem[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', [file, '-t', 'csljson']);
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as CslItem[]) : reject(new Error(`pandoc failed on ${file}: ${err}`))));
  });
}

describe('BibTeX reader against pandoc (differential)', function () {
  this.timeout(300_000);

  it(`agrees with pandoc on key, type, title, URL and DOI for every entry of ${FILES} generated files`, async () => {
    const dir = makeTempDir('foresight-bib-');
    const files = Array.from({ length: FILES }, (_, i) => {
      const file = path.join(dir, `g${i}.bib`);
      fs.writeFileSync(file, bibDoc(5000 + i, ENTRIES));
      return file;
    });
    const disagreements: string[] = [];
    let compared = 0;
    for (let i = 0; i < files.length; i += PARALLEL) {
      const batch = files.slice(i, i + PARALLEL);
      const refs = await Promise.all(batch.map(pandocCsl));
      batch.forEach((file, j) => {
        const ours = parseBibtex(fs.readFileSync(file, 'utf8'));
        assert.deepStrictEqual(ours.problems, [], `${file}: the generator writes only what Pandoc reads`);
        assert.strictEqual(ours.entries.length, refs[j].length, `${file}: entry count`);
        ours.entries.forEach((e, k) => {
          const r = refs[j][k];
          compared++;
          const mine = { key: e.key, type: e.type, title: e.title, url: e.url, doi: e.doi };
          const theirs = { key: r.id, type: r.type ?? '', title: stripMarkup(r.title), url: r.URL, doi: r.DOI };
          if (JSON.stringify(mine) !== JSON.stringify(theirs))
            disagreements.push(`${path.basename(file)} ${e.key}: ${JSON.stringify(mine)} vs ${JSON.stringify(theirs)}`);
        });
      });
    }
    assert.strictEqual(compared, FILES * ENTRIES);
    assert.deepStrictEqual(disagreements.slice(0, 10), []);
  });
});
