/**
 * A guard on the language server's input: it passes the bytes through
 * unchanged while following the LSP framing (`Content-Length: N` headers, a
 * blank line, N bytes). A header the protocol library would choke on (no
 * length, a length that is not a number) or a body past `maxBody` bytes is a
 * client that cannot be served: the guard says why and the server exits, so
 * that the editor restarts it, instead of hanging or buffering gigabytes.
 */
import { Transform, type TransformCallback } from 'stream';

export class FramingGuard extends Transform {
  private header = '';
  private bodyLeft = 0;
  private failed = false;

  constructor(
    private readonly maxBody: number,
    private readonly onViolation: (message: string) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.failed) return done();
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= take;
        i += take;
        continue;
      }
      // Reading a header block, up to the blank line that ends it (which may be split across chunks).
      const rest = chunk.toString('latin1', i); // one character per byte
      this.header += rest;
      const joined = this.header.indexOf('\r\n\r\n');
      if (joined < 0) {
        if (this.header.length > 8192) return this.fail('a message header is over 8 KB long');
        i = chunk.length;
        continue;
      }
      i += rest.length - (this.header.length - (joined + 4));
      this.header = this.header.slice(0, joined + 4);
      const m = /(?:^|\r\n)content-length:[ \t]*([^\r\n]*)/i.exec(this.header);
      this.header = '';
      if (!m) return this.fail('a message has no Content-Length header');
      if (!/^\d{1,12}$/.test(m[1].trim())) return this.fail(`a message has a Content-Length that is not a number ("${m[1].trim().slice(0, 40)}")`);
      const length = Number(m[1].trim());
      if (length > this.maxBody) return this.fail(`a message of ${Math.round(length / 1048576)} MB is over the ${Math.round(this.maxBody / 1048576)} MB limit`);
      this.bodyLeft = length;
    }
    done(null, chunk);
  }

  private fail(message: string): void {
    this.failed = true;
    this.onViolation(message);
  }
}
