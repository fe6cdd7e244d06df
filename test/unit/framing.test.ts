import * as assert from 'assert';
import { FramingGuard } from '../../server/src/io/framing';

function feed(chunks: string[], maxBody = 1000): { passed: string; violation?: string } {
  let violation: string | undefined;
  const guard = new FramingGuard(maxBody, (m) => (violation = m));
  let passed = '';
  guard.on('data', (d: Buffer) => (passed += d.toString('latin1')));
  for (const c of chunks) guard.write(Buffer.from(c, 'latin1'));
  return { passed, violation };
}

const msg = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('the server input guard', () => {
  it('passes well-framed messages through unchanged, however they are split', () => {
    const stream = msg('{"id":1}') + msg('{"id":2,"x":"\r\n\r\n"}') + msg('{}');
    for (const size of [1, 2, 3, 7, 1000]) {
      const chunks: string[] = [];
      for (let i = 0; i < stream.length; i += size) chunks.push(stream.slice(i, i + size));
      const r = feed(chunks);
      assert.strictEqual(r.violation, undefined, `chunks of ${size}`);
      assert.strictEqual(r.passed, stream);
    }
  });

  it('stops at a Content-Length that is not a number, a missing one, or a body over the limit', () => {
    assert.match(feed(['Content-Length: ten\r\n\r\n{}']).violation ?? '', /not a number \("ten"\)/);
    assert.match(feed(['Content-Type: x\r\n\r\n{}']).violation ?? '', /no Content-Length/);
    assert.match(feed([`Content-Length: ${2 * 1024 ** 3}\r\n\r\n{`], 256 * 1024 * 1024).violation ?? '', /2048 MB is over the 256 MB limit/);
    assert.match(feed(['X'.repeat(9000)]).violation ?? '', /header is over 8 KB/);
  });
});
