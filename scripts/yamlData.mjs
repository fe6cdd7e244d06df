// An esbuild plugin: a `.yml` file imported by the code is read at build time and bundled as its data (JSON),
// so that no YAML is parsed when the CLI or the server starts (BENCHMARKS.md, "Whole process").
import * as fs from 'fs';
import { parse } from 'yaml';

export const yamlData = {
  name: 'yaml-data',
  setup(build) {
    build.onLoad({ filter: /\.yml$/ }, (args) => ({ contents: JSON.stringify(parse(fs.readFileSync(args.path, 'utf8'))), loader: 'json' }));
  },
};
