/**
 * Writing a report back (`--fix`) without ever leaving it half written or
 * overwriting what someone else just saved: the new text goes to a temporary
 * file in the same folder, which is renamed over the report only if the
 * report still holds exactly the bytes that were read.
 */
import type * as cryptoT from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export type WriteOutcome = { ok: true } | { ok: false; reason: string };

export function writeFileSafely(file: string, text: string, expected: Buffer): WriteOutcome {
  const dir = path.dirname(file);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a file is written
  const random = (require('crypto') as typeof cryptoT).randomBytes(6).toString('hex');
  // The report's name, cut so that the temporary name fits where the report's does (255 bytes on common file systems).
  const temp = path.join(dir, `.${utf8Prefix(path.basename(file), 200)}.${random}.foresight-tmp`);
  let mode: number | undefined;
  try {
    const current = fs.readFileSync(file);
    if (!current.equals(expected)) return { ok: false, reason: 'it changed on disk since it was read; not fixed' };
    mode = fs.statSync(file).mode & 0o7777;
  } catch (e) {
    return { ok: false, reason: `cannot read it again before writing: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  try {
    const fd = fs.openSync(temp, 'wx', mode);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
    return { ok: true };
  } catch (e) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // the temporary file could not be removed either; the report itself is untouched
    }
    return { ok: false, reason: `cannot write it: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; the file is unchanged` };
  }
}

/** The start of `name`, at most `max` bytes of UTF-8, cut between characters. */
function utf8Prefix(name: string, max: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  let bytes = 0;
  let end = 0;
  for (const ch of name) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > max) break;
    bytes += size;
    end += ch.length;
  }
  return name.slice(0, end);
}

/** Whether `buffer` is valid UTF-8 (a file that is not would lose bytes if written back as text). */
export function isValidUtf8(buffer: Buffer, text: string): boolean {
  return !text.includes('\ufffd') || Buffer.from(text, 'utf8').equals(buffer);
}
