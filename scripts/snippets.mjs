// `npm run snippets`: writes snippets/markdown.json from the built-in templates (scripts/generate-snippets.ts).
import { execFileSync } from 'child_process';
import * as esbuild from 'esbuild';
import { yamlData } from './yamlData.mjs';

const out = await esbuild.build({
  entryPoints: ['scripts/generate-snippets.ts'],
  bundle: true,
  platform: 'node',
  write: false,
  plugins: [yamlData],
  logLevel: 'warning',
});
execFileSync(process.execPath, ['-'], { input: out.outputFiles[0].text, stdio: ['pipe', 'inherit', 'inherit'] });
