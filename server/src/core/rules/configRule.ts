import type { Rule } from './rule';

/** Reported by the config loader on `.foresight.yml` itself; here for the registry and docs. */
export const configRule: Rule = {
  code: 'config',
  defaultSeverity: 'error',
  description: '`.foresight.yml` is not valid YAML or breaks its schema.',
  needsTemplate: false,
  check() {
    // Config problems are found when the config is loaded (config/config.ts).
  },
};
