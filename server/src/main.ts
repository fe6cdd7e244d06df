/** The language server's entry point (`foresight-language-server`): stdio by default, or the transport named in the arguments. */
import { createStdioConnection, startServer } from './server';
import { VERSION } from './version';

if (process.argv.includes('--version')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  startServer(createStdioConnection());
}
