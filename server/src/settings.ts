/** The editor settings (`foresight.*`), in the one place they are defined and normalised. */
import type { SeveritySetting } from './core/types';

export interface Settings {
  enable: boolean;
  defaultTemplate: string;
  rules: Record<string, SeveritySetting>;
  validateWorkspace: boolean;
  /** Documents larger than this (in bytes) are not checked as you type. */
  maxLiveSize: number;
  /** Check that source URLs answer (opt-in; never in an untrusted workspace). */
  checkLinks: boolean;
  links: { allowPrivateAddresses: boolean };
  /** Seconds one document's check may take before it is stopped and reported alone. */
  checkTimeout: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  defaultTemplate: '',
  rules: {},
  validateWorkspace: true,
  maxLiveSize: 5 * 1024 * 1024,
  checkLinks: false,
  links: { allowPrivateAddresses: false },
  checkTimeout: 15,
};

/** Settings as a client sent them (any part missing or of the wrong type) made whole. */
export function normaliseSettings(s: Partial<Settings> | null | undefined): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS, ...(s ?? {}) };
  if (typeof out.maxLiveSize !== 'number' || out.maxLiveSize <= 0) out.maxLiveSize = DEFAULT_SETTINGS.maxLiveSize;
  out.checkLinks = out.checkLinks === true;
  if (typeof out.checkTimeout !== 'number' || !(out.checkTimeout >= 0)) out.checkTimeout = DEFAULT_SETTINGS.checkTimeout;
  out.links = { allowPrivateAddresses: (s?.links as Settings['links'] | undefined)?.allowPrivateAddresses === true };
  return out;
}
