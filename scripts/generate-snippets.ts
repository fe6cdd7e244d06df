// Writes snippets/markdown.json from the built-in templates (a test keeps it in step).
import * as fs from 'fs';
import * as path from 'path';
import { snippetsFor } from '../server/src/core/templates/skeleton';
import { builtinTemplates } from '../server/src/core/templates/templates';

const file = path.join(process.cwd(), 'snippets', 'markdown.json');
fs.writeFileSync(file, JSON.stringify(snippetsFor(builtinTemplates().values()), null, 2) + '\n');
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
