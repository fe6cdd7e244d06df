/**
 * Where tests leave what a person may want to look at afterwards (e2e screenshots and logs, the reliability
 * counts): under the OS temp folder, never in the checkout. `FORESIGHT_TEST_RESULTS` puts it elsewhere (a CI
 * job that keeps it as an artifact).
 */
import * as os from 'os';
import * as path from 'path';

export const RESULTS_DIR = process.env.FORESIGHT_TEST_RESULTS ?? path.join(os.tmpdir(), 'foresight-lint-test-results');
