import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { rules } from '../../server/src/core/rules';
import { ruleCodes } from '../../server/src/core/rules/codes';
import { builtinTemplates } from '../../server/src/core/templates/templates';
import { runCli } from '../../server/src/cli';

const root = path.resolve(__dirname, '../../..');

describe('registry, docs and schema stay in step', () => {
  it('has one rule module per contract code, in contract order', () => {
    assert.deepStrictEqual(
      rules.map((r) => r.code),
      [...ruleCodes],
    );
    assert.strictEqual(ruleCodes.length, 28); // the 28 rules of docs/rules.md
  });

  it('documents every rule in docs/rules.md with a bad and a good example', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8');
    const starts = rules.map((r) => doc.indexOf(`\n## ${r.code}\n`));
    for (const [i, rule] of rules.entries()) {
      assert.ok(starts[i] > 0, `no section for ${rule.code}`);
      const section = doc.slice(starts[i], i + 1 < rules.length ? starts[i + 1] : doc.length);
      assert.ok(section, `no section for ${rule.code}`);
      assert.match(section, new RegExp(`Default severity: \\*\\*${rule.defaultSeverity}\\*\\*`), rule.code);
      assert.match(section, /Bad:/);
      assert.match(section, /Good:/);
    }
  });

  it('the JSON Schema names every rule code', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/foresight.schema.json'), 'utf8'));
    assert.deepStrictEqual(schema.properties.rules.propertyNames.enum, [...ruleCodes]);
  });

  it('the JSON Schema knows the source policy the config parser accepts', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/foresight.schema.json'), 'utf8'));
    assert.deepStrictEqual(schema.properties.sources.properties.require.enum, ['traceable', 'link']);
  });

  it('ships the six built-in templates of the contract with their required sections', () => {
    const t = builtinTemplates();
    assert.deepStrictEqual([...t.keys()], ['force-of-change', 'signal', 'trend', 'scenario-set', 'horizon-scan', 'disruption']);
    assert.deepStrictEqual(t.get('force-of-change')!.sections, ['What is it?', 'Why is it important?']);
    assert.deepStrictEqual(t.get('horizon-scan')!.metadata, ['title', 'date']);
    // English aliases first, then the French names and their variants (README, "Bilingual reports").
    assert.deepStrictEqual(t.get('trend')!.aliases["What we don't know"], ['Uncertainties', 'Ce que nous ne savons pas', 'Incertitudes']);
    assert.deepStrictEqual(t.get('force-of-change')!.languages.fr.names, {
      'What is it?': 'Qu’est-ce que c’est ?',
      'Why is it important?': 'Pourquoi est-ce important ?',
      Implications: 'Répercussions',
      'Potential surprises': 'Surprises possibles',
    });
  });

  it('the README’s command-line table has every option of --help, and every config key of the schema is in the README', async () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Command line\n'), readme.indexOf('\n### In CI and in commit hooks\n'));
    const table = section.split('\n').filter((l) => l.startsWith('| `'));
    const options = [...new Set((await runCli(['--help'])).stdout.match(/^--[a-z-]+/gm))];
    assert.ok(options.length > 20, options.join(' '));
    for (const o of options)
      assert.ok(
        table.some((l) => l.split('|')[1].includes(`\`${o}`)),
        `${o} is not in the README's table of options`,
      );
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/foresight.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    const config = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Command line'));
    for (const key of Object.keys(schema.properties)) assert.match(config, new RegExp(`^${key}:`, 'm'), `${key} is not in the README's example config`);
  });
});
