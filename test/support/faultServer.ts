/**
 * The language server with one rule made to fail on every check
 * (`--fault=<code>`), for the reliability tests: a failing rule must be
 * logged once while the other rules are still published. Built only into
 * out/, never shipped.
 */
import { rules } from '../../server/src/core/rules';
import { createStdioConnection, startServer } from '../../server/src/server';

const code = process.argv.find((a) => a.startsWith('--fault='))?.slice('--fault='.length);
const rule = rules.find((r) => r.code === code);
if (!rule) throw new Error(`no rule ${code} to make fail`);
rule.check = () => {
  throw new Error(`injected fault in ${code}`);
};
startServer(createStdioConnection());
