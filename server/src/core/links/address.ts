/**
 * Which addresses a link check may connect to: public unicast only, unless the
 * user allows private ones (for testing against a local server).
 */
import type * as dnsT from 'dns';
import type * as netT from 'net';
import ipaddr from 'ipaddr.js';
import { ENGLISH } from '../messages';

// Loaded on first use: a run that checks no links never needs it (BENCHMARKS.md, "Whole process").
// eslint-disable-next-line @typescript-eslint/no-require-imports
const dns = (): typeof dnsT => require('dns');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const net = (): typeof netT => require('net');

/** Public unicast (IPv4-mapped IPv6 judged as IPv4). Loopback, private, link-local, CGNAT, multicast, reserved: not public. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv6') {
    // IPv4 written inside IPv6 (`::127.0.0.1`, the deprecated IPv4-compatible form) is that IPv4 address.
    const parts = (parsed as ipaddr.IPv6).parts;
    if (parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7] > 1)) {
      return isPublicAddress(`${parts[6] >> 8}.${parts[6] & 255}.${parts[7] >> 8}.${parts[7] & 255}`);
    }
  }
  return parsed.range() === 'unicast';
}

export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATE';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(ENGLISH.t('link.resolves-non-public', { host, address }));
  }
}

type LookupAddress = { address: string; family: number };
type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves with the system resolver and
 * refuses a host if any of its addresses is not allowed: the check and the
 * connection use the same answer, so DNS rebinding cannot slip an address in.
 * `onPrivate` is told when a non-public address is used (because it was allowed).
 */
export function guardedLookup(allowAddress: (address: string) => boolean, onPrivate: () => void) {
  return (hostname: string, options: dnsT.LookupOptions, callback: LookupCallback): void => {
    dns().lookup(hostname, { all: true, family: options.family, hints: options.hints }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as LookupAddress[];
      const refused = list.find((a) => !allowAddress(a.address));
      if (refused) return callback(new PrivateAddressError(hostname, refused.address) as unknown as NodeJS.ErrnoException, '');
      if (list.some((a) => !isPublicAddress(a.address))) onPrivate();
      if (list.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (options.all) callback(null, list);
      else callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * What the politeness limits count a host by: its first address, so that names
 * sharing one server share its slots; the name itself when it does not resolve
 * (the request will report why).
 */
export function limitKey(hostname: string): Promise<string> {
  const literal = literalAddress(hostname);
  if (literal) return Promise.resolve(literal);
  return new Promise((resolve) => dns().lookup(hostname, (err, address) => resolve(err || !address ? hostname : address)));
}

/** For hosts written as IP literals (no lookup happens): whether connecting is allowed. */
export function literalAddress(hostname: string): string | undefined {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  return net().isIP(bare) ? bare : undefined;
}
