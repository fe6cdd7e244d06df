/**
 * Whole-process runs of the CLI beside markdownlint-cli2's, in the same run on the same files: what a CI job
 * or a pre-commit hook waits for (start-up included). Runs are interleaved, so that a slower moment of the
 * machine falls on both; medians of wall time.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { makeReport } from './corpus';

export interface CliBench {
  nodeBare: number;
  page: { bytes: number; ours: number; peer: number };
  oneMb: { bytes: number; ours: number; peer: number };
  folder: { files: number; bytes: number; ours: number; oursAuto: number; peer: number };
  /** Two checking processes at once, against one: how much a second core gives to checking on this machine. */
  parallelGain: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time of each command, run in turn `rounds` times (after one unmeasured round). */
function interleaved(commands: Array<{ args: string[]; cwd: string }>, rounds: number): number[] {
  const samples = commands.map(() => [] as number[]);
  for (let r = -1; r < rounds; r++) {
    commands.forEach((c, i) => {
      const t = process.hrtime.bigint();
      const run = spawnSync(process.execPath, c.args, { cwd: c.cwd, stdio: 'ignore', env: { ...process.env, NODE_OPTIONS: '' } });
      if (run.error) throw run.error;
      if (r >= 0) samples[i].push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  }
  return samples.map(median);
}

/**
 * What a second core gives to checking: two processes each checking half the folder at once, ÷ one process
 * checking one half (2 = the second core gives nothing, 1 = a full second core).
 */
function twoAtOnce(cli: string, dir: string, rounds: number): number {
  const half = (name: string): string[] => [cli, '--jobs', '1', name];
  const alone: number[] = [];
  const both: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = process.hrtime.bigint();
    spawnSync(process.execPath, half('half-a'), { cwd: dir, stdio: 'ignore' });
    alone.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    const shell = spawnSync('sh', ['-c', `"$0" "$@" half-a & "$0" "$@" half-b & wait`, process.execPath, cli, '--jobs', '1'], { cwd: dir, stdio: 'ignore' });
    if (shell.error) throw shell.error;
    both.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(both) / median(alone);
}

export function cliBench(root: string, quick: boolean): CliBench {
  const cli = path.join(root, 'dist', 'cli.js');
  const peer = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-bench-cli-'));
  try {
    const page = makeReport(4000);
    const oneMb = makeReport(1e6);
    fs.writeFileSync(path.join(dir, 'page.md'), page);
    fs.writeFileSync(path.join(dir, 'one-mb.md'), oneMb);
    fs.mkdirSync(path.join(dir, 'folder'));
    let folderBytes = 0;
    const count = 1000;
    fs.mkdirSync(path.join(dir, 'half-a'));
    fs.mkdirSync(path.join(dir, 'half-b'));
    for (let i = 0; i < count; i++) {
      const text = makeReport(3000 + (i % 7) * 500, i + 1);
      folderBytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(dir, 'folder', `r${i}.md`), text);
      fs.writeFileSync(path.join(dir, i % 2 ? 'half-b' : 'half-a', `r${i}.md`), text);
    }
    const [nodeBare, oursPage, peerPage] = interleaved(
      [
        { args: ['-e', '0'], cwd: dir },
        { args: [cli, 'page.md'], cwd: dir },
        { args: [peer, 'page.md'], cwd: dir },
      ],
      quick ? 9 : 21,
    );
    const [oursMb, peerMb] = interleaved(
      [
        { args: [cli, 'one-mb.md'], cwd: dir },
        { args: [peer, 'one-mb.md'], cwd: dir },
      ],
      quick ? 3 : 7,
    );
    const [oursFolder, oursAuto, peerFolder] = interleaved(
      [
        { args: [cli, 'folder'], cwd: dir },
        { args: [cli, '--jobs', 'auto', 'folder'], cwd: dir },
        { args: [peer, 'folder/*.md'], cwd: dir },
      ],
      quick ? 1 : 3,
    );
    return {
      nodeBare,
      page: { bytes: Buffer.byteLength(page), ours: oursPage, peer: peerPage },
      oneMb: { bytes: Buffer.byteLength(oneMb), ours: oursMb, peer: peerMb },
      folder: { files: count, bytes: folderBytes, ours: oursFolder, oursAuto, peer: peerFolder },
      parallelGain: twoAtOnce(cli, dir, quick ? 1 : 3),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
