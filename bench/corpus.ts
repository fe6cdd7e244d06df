/** The deterministic benchmark corpus: realistic foresight reports of any size. */
import { rng } from '../test/support/generate';

const WORDS =
  'the of regional para-diplomacy cities trade globalization investment policy foresight horizon signal governments agreements provinces economy markets institutions adaptation climate water migration technology'.split(
    ' ',
  );

/** A realistic report of about `bytes`: many entries, thousands of notes, code blocks holding fake `[^x]`, links, tables. */
export function makeReport(bytes: number, seed = 1): string {
  const r = rng(seed);
  const word = (): string => WORDS[Math.floor(r() * WORDS.length)];
  const sentence = (n: number): string => Array.from({ length: n }, word).join(' ');
  const out: string[] = [
    '---',
    'title: Benchmark report',
    'template: force-of-change',
    'date: 2026-11-27',
    'steep: [economic, political]',
    '---',
    '',
    '# Benchmark report',
    '',
  ];
  const notes: string[] = [];
  let size = 0;
  let entry = 0;
  let note = 0;
  while (size < bytes) {
    entry++;
    const parts: string[] = [`## Entry ${entry}: ${sentence(4)}`, '', '### What is it?', ''];
    for (let p = 0; p < 3; p++) {
      note++;
      notes.push(`[^${note}]: Author ${note}. "${sentence(5)}." *Publication*. 2024. https://example.org/source/${note}`);
      parts.push(`${sentence(25)}.[^${note}] ${sentence(12)} [a link](https://example.org/${entry}/${p}) and www.example.com/${entry}.`, '');
    }
    if (entry % 3 === 0) parts.push('```text', `Not a note: [^${note}] nor [^fake${entry}]`, '```', '');
    if (entry % 5 === 0) parts.push('| signal | note |', '| --- | --- |', `| ${word()} | see[^${note}] |`, `| \`[^x]\` | ${word()} |`, '');
    parts.push('### Why is it important?', '');
    note++;
    notes.push(note % 4 === 0 ? `[^${note}]: Ibid.` : `[^${note}]: ${sentence(4)}. https://example.org/why/${note}`);
    parts.push(`${sentence(30)}.[^${note}]`, '', `- ${sentence(8)}`, `- ${sentence(8)}`, '');
    const text = parts.join('\n');
    out.push(text);
    size += text.length + notes[notes.length - 1].length * 4;
  }
  return out.join('\n') + '\n## Notes\n\n' + notes.join('\n') + '\n';
}
