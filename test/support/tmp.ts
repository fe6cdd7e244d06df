import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const made: string[] = [];

/** A fresh folder under the system's temporary folder, removed when the test process exits (whatever the test did). */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

process.on('exit', () => {
  for (const dir of made) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // already gone, or not ours to remove any more
    }
  }
});
