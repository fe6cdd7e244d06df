/**
 * The GitHub Action (action.yml, scripts/action.mjs): its wiring read from action.yml, and its run step executed
 * as the runner executes it (the step's script in bash, its `env:` with the inputs, GITHUB_OUTPUT and the rest).
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { runCli } from '../../server/src/cli';
import { makeTempDir } from '../support/tmp';

const root = path.resolve(__dirname, '../../..');

interface Step {
  name?: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const readAction = (): Action => parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8')) as Action;

/** The environment variable GitHub's convention (and the entry script) uses for an input. */
const inputVariable = (name: string): string => `INPUT_${name.toUpperCase().replace(/-/g, '_')}`;

function workspace(files: Record<string, string>): string {
  const dir = makeTempDir('foresight-action-ws-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Two reports: one with a footnote reference and no definition (an error), one with a note nobody cites (a warning). */
const WITH_PROBLEMS = {
  'reports/signal.md':
    '# Cities sign trade deals\n\nSão Paulo signed its own agreement with the United Kingdom.[^1] Others follow.[^2]\n\n' +
    '[^1]: Tavares, R. "Foreign Policy Goes Local." *Foreign Affairs*. 2013. https://example.org/local\n',
  'reports/trend.qmd':
    '# City halls abroad\n\nMore cities open offices in other countries.[^1]\n\n' +
    '[^1]: Smith, A. "City halls abroad." https://example.org/cities\n[^2]: A note nobody cites. https://example.org/unused\n',
};

const CLEAN = { 'report.md': '# A clean report\n\nA claim with its source.[^1]\n\n[^1]: Doe, J. "A source." https://example.org/source\n' };

/** `${{ inputs.NAME }}` and `${{ github.action_path }}`, as the runner evaluates them; anything else fails the test. */
function evaluate(action: Action, value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) {
      assert.ok(input[1] in action.inputs, `action.yml uses an undeclared input ${input[1]}`);
      return inputs[input[1]] ?? action.inputs[input[1]].default ?? '';
    }
    if (expression === 'github.action_path') return root;
    throw new Error(`this test does not evaluate \${{ ${expression} }}`);
  });
}

/** GITHUB_OUTPUT's `name=value` lines and `name<<DELIMITER` blocks. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const block = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (block) {
      const end = lines.indexOf(block[2], i + 1);
      assert.ok(end > i, `unterminated output ${block[1]}`);
      outputs[block[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const m = /^([\w-]+)=(.*)$/.exec(lines[i]);
    assert.ok(m, `not an output line: ${lines[i]}`);
    outputs[m[1]] = m[2];
  }
  return outputs;
}

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  annotations: string[];
  outputs: Record<string, string>;
  summary: string;
}

/** The action's run step, as the runner runs it: its script in `bash --noprofile --norc -eo pipefail`, in the workspace. */
function runAction(ws: string, inputs: Record<string, string>): ActionRun {
  const action = readAction();
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  assert.strictEqual(step.shell, 'bash');
  const runner = makeTempDir('foresight-action-runner-');
  const script = path.join(runner, 'step.sh');
  const outputFile = path.join(runner, 'output');
  const summaryFile = path.join(runner, 'summary');
  fs.writeFileSync(script, step.run!);
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(INPUT_|GITHUB_|RUNNER_)/.test(k)) env[k] = v;
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(action, v, inputs);
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: root,
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runner,
  });
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: ws, env, encoding: 'utf8' });
  assert.ifError(r.error);
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    annotations: r.stdout.split('\n').filter((l) => l.startsWith('::')),
    outputs: readOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
  };
}

describe('GitHub Action', () => {
  it('action.yml: every input reaches the entry script through the environment, and the SARIF upload is conditional on its input and uses the file written', () => {
    const action = readAction();
    assert.strictEqual(action.runs.using, 'composite');
    for (const name of ['paths', 'args', 'sarif', 'sarif-file']) assert.ok(name in action.inputs, `input ${name}`);
    const steps = action.runs.steps;
    const lint = steps.find((s) => s.id === 'lint');
    assert.ok(lint?.run, 'a run step with id lint');

    // Inputs go through env only: the script the shell runs holds no expression, so no input is ever shell code.
    assert.ok(!lint.run.includes('${{'), lint.run);
    const source = fs.readFileSync(path.join(root, 'scripts/action.mjs'), 'utf8');
    for (const name of Object.keys(action.inputs)) {
      const variable = inputVariable(name);
      assert.strictEqual(lint.env?.[variable], `\${{ inputs.${name} }}`, `input ${name} is passed as ${variable}`);
      assert.ok(source.includes(`env.${variable}`), `scripts/action.mjs reads ${variable}`);
    }
    const entry = /node "\$GITHUB_ACTION_PATH\/([^"]+)"/.exec(lint.run);
    assert.ok(entry, lint.run);
    assert.ok(fs.existsSync(path.join(root, entry[1])), `${entry[1]} exists`);

    // The command line is built before it runs, in the action's folder, when it is missing (dist/ is not committed).
    const build = steps.slice(0, steps.indexOf(lint)).find((s) => s.run?.includes('dist/cli.js'));
    assert.ok(build?.run, 'a build step before the run step');
    assert.match(build.run, /cd "\$GITHUB_ACTION_PATH"/);
    assert.match(build.run, /npm ci/);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin: Record<string, string> };
    assert.strictEqual(pkg.scripts.prepare, 'node scripts/prepare.mjs', 'npm ci bundles dist/cli.js through prepare');
    assert.strictEqual(pkg.bin['foresight-lint'], 'dist/cli.js');

    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.ok(steps.indexOf(upload) > steps.indexOf(lint));
    assert.match(upload.if ?? '', /inputs\.sarif == 'true'/);
    assert.match(upload.if ?? '', /!cancelled\(\)/, 'uploads also when the run step failed on errors');
    assert.strictEqual(upload.with?.sarif_file, '${{ steps.lint.outputs.sarif-file }}');

    for (const [name, output] of Object.entries(action.outputs)) assert.strictEqual(output.value, `\${{ steps.lint.outputs.${name} }}`);
    for (const s of steps) if (s.run) assert.strictEqual(s.shell, 'bash', `${s.name}: a composite run step needs its shell`);
  });

  it('with errors: an annotation per finding exactly as --format github prints it, the SARIF file, the outputs and the summary; exit 1', async () => {
    const ws = workspace(WITH_PROBLEMS);
    const r = runAction(ws, { paths: 'reports', sarif: 'true', 'sarif-file': 'results/foresight.sarif' });
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);

    const github = await runCli(['--format', 'github', 'reports'], ws);
    assert.strictEqual(r.annotations.map((a) => a + '\n').join(''), github.stdout);
    assert.strictEqual(r.annotations.length, 2, r.stdout);
    assert.ok(
      r.annotations.some((a) => a.startsWith('::error file=reports/signal.md,line=3,') && a.includes(',title=foresight-lint undefined-footnote::')),
      r.stdout,
    );
    assert.ok(
      r.annotations.some((a) => a.startsWith('::warning file=reports/trend.qmd,line=6,') && a.includes(',title=foresight-lint unused-footnote::')),
      r.stdout,
    );

    const sarifFile = path.join(fs.realpathSync(ws), 'results/foresight.sarif'); // the run's cwd, as the OS gives it
    assert.deepStrictEqual(r.outputs, { errors: '1', warnings: '1', 'exit-code': '1', 'sarif-file': sarifFile });
    assert.deepStrictEqual(Object.keys(r.outputs).sort(), Object.keys(readAction().outputs).sort(), 'the outputs action.yml declares');

    const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string } };
        results: Array<{
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
        }>;
      }>;
    };
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].tool.driver.name, 'foresight-lint');
    assert.deepStrictEqual(
      sarif.runs[0].results.map((x) => [
        x.ruleId,
        x.level,
        x.locations[0].physicalLocation.artifactLocation.uri,
        x.locations[0].physicalLocation.region.startLine,
      ]),
      [
        ['undefined-footnote', 'error', 'reports/signal.md', 3],
        ['unused-footnote', 'warning', 'reports/trend.qmd', 6],
      ],
    );

    assert.match(r.summary, /^### foresight-lint\n/);
    assert.match(r.summary, /1 error, 1 warning, 0 notices in 2 files \(exit code 1\)/);
    assert.match(r.summary, /\| reports\/signal\.md \| 3 \| error \| undefined-footnote \| Footnote \[\^2\] has no definition\. \|/);
  });

  it('a file name with `,`, `:` and `%`: escaped as --format github escapes it', async () => {
    const ws = workspace({ 'q3, draft: 100%.md': '# Draft\n\nA claim.[^1]\n' });
    const r = runAction(ws, {});
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
    assert.strictEqual(r.annotations.map((a) => a + '\n').join(''), (await runCli(['--format', 'github', '.'], ws)).stdout);
    assert.match(r.annotations[0], /^::error file=q3%2C draft%3A 100%25\.md,line=3,/);
  });

  it('a clean workspace with the default inputs: no annotation, exit 0, no SARIF file', () => {
    const ws = workspace(CLEAN);
    const r = runAction(ws, {});
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.deepStrictEqual(r.annotations, []);
    assert.deepStrictEqual(r.outputs, { errors: '0', warnings: '0', 'exit-code': '0', 'sarif-file': '' });
    assert.ok(!fs.existsSync(path.join(ws, 'foresight-lint.sarif')));
    assert.match(r.summary, /No problems found\./);

    // The same workspace with a report that has an error, to be sure the default paths (.) reach it.
    fs.writeFileSync(path.join(ws, 'broken.md'), '# Broken\n\nA claim.[^9]\n');
    const broken = runAction(ws, {});
    assert.strictEqual(broken.code, 1);
    assert.deepStrictEqual(
      broken.annotations.map((a) => a.split(',')[0]),
      ['::error file=broken.md'],
    );
  });

  it('paths and args: quoted values stay one argument, and nothing in them reaches a shell', () => {
    const ws = workspace({
      ...WITH_PROBLEMS,
      'drafts dir/kept.md': '# Kept\n\nA claim.[^1]\n',
      'drafts dir/skip me.md': '# Skipped\n\nA claim.[^1]\n',
    });
    const r = runAction(ws, {
      paths: 'reports\n"drafts dir"',
      // In double quotes a shell would run both commands; the action's splitting keeps them as text (ignore globs here).
      args: `--ignore "drafts dir/skip me.md" --rule 'unused-footnote:error' --ignore "$(touch injected)" --ignore "\`touch injected\`"`,
    });
    assert.strictEqual(r.code, 1, r.stdout + r.stderr);
    const shown = r.annotations.map((a) => /^::(\w+) file=([^,]*),.*title=foresight-lint ([\w-]+)::/.exec(a)!.slice(1));
    assert.deepStrictEqual(shown, [
      ['error', 'reports/signal.md', 'undefined-footnote'],
      ['error', 'reports/trend.qmd', 'unused-footnote'],
      ['error', 'drafts dir/kept.md', 'undefined-footnote'],
    ]);
    assert.strictEqual(r.outputs.errors, '3');
    assert.strictEqual(r.outputs.warnings, '0');
    assert.ok(!fs.existsSync(path.join(ws, 'injected')), 'no input was run by a shell');
  });

  it('exit 2: unreadable inputs, --format in args and a bad sarif value said as an error annotation; a missing path and a broken config passed on from the command line', () => {
    const ws = workspace(CLEAN);
    for (const [inputs, said] of [
      [{ args: "--rule 'undefined-footnote:warning" }, /unterminated '/],
      [{ args: '--format json' }, /leave --format out/],
      [{ args: '-fjson' }, /leave --format out/],
      [{ sarif: 'yes' }, /sarif must be true or false/],
    ] as Array<[Record<string, string>, RegExp]>) {
      const r = runAction(ws, inputs);
      assert.strictEqual(r.code, 2, JSON.stringify(inputs));
      assert.strictEqual(r.annotations.length, 1, r.stdout);
      assert.match(r.annotations[0], /^::error title=foresight-lint::/);
      assert.match(r.annotations[0], said);
      assert.strictEqual(r.outputs['exit-code'], '2');
    }

    // A path that is not there: the command line's own exit 2, passed on, and said in the summary.
    const missing = runAction(ws, { paths: 'no-such-folder' });
    assert.strictEqual(missing.code, 2, missing.stdout + missing.stderr);
    assert.match(missing.stderr, /cannot read no-such-folder/);
    assert.deepStrictEqual(missing.outputs, { errors: '0', warnings: '0', 'exit-code': '2', 'sarif-file': '' });
    assert.match(missing.summary, /the command line exited with 2/);

    fs.writeFileSync(path.join(ws, '.foresight.yml'), 'rules:\n  footnote-order: loud\n');
    const r = runAction(ws, { sarif: 'true' });
    assert.strictEqual(r.code, 2, r.stdout + r.stderr);
    assert.ok(
      r.annotations.some((a) => a.startsWith('::error file=.foresight.yml,line=2,') && a.includes('title=foresight-lint config::')),
      r.stdout,
    );
    assert.strictEqual(r.outputs['exit-code'], '2');
    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file'], 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.ok(
      sarif.runs[0].results.some((x) => x.ruleId === 'config'),
      'the config problem is in the SARIF uploaded',
    );
  });
});
