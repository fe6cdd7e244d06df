/*
 * Marks over every offset of a text, packed: a `Uint8Array` of the text's
 * length costs a byte per character, and on an 8 MB report several of them
 * (one per check round) were a large part of the peak memory
 * (docs/reliability.md, memory). These hold the same answers in 1 or 2 bits.
 */

/** One bit per offset: set ranges, ask whether any offset of a range is set. */
export class BitMarks {
  private readonly words: Uint32Array;

  constructor(length: number) {
    this.words = new Uint32Array((length >>> 5) + 1);
  }

  /** Marks offsets [from, to). */
  fill(from: number, to: number): void {
    for (let k = from; k < to; k++) this.words[k >>> 5] |= 1 << (k & 31);
  }

  /** Whether any offset in [from, to) is marked. */
  any(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.words[k >>> 5] & (1 << (k & 31))) return true;
    return false;
  }
}

/** Two bits per offset: a value 0 (unknown) to 3 for each. */
export class TwoBitMarks {
  private readonly bytes: Uint8Array;

  constructor(length: number) {
    this.bytes = new Uint8Array((length >>> 2) + 1);
  }

  get(k: number): number {
    return (this.bytes[k >>> 2] >>> ((k & 3) << 1)) & 3;
  }

  /** Sets offsets [from, to) to `value` (0 to 3). */
  fill(value: number, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const shift = (k & 3) << 1;
      this.bytes[k >>> 2] = (this.bytes[k >>> 2] & ~(3 << shift)) | (value << shift);
    }
  }
}
