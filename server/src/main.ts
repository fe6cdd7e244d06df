/** The language server's entry point (`foresight-language-server`): stdio by default, or the transport named in the arguments. */
import { createStdioConnection, startServer } from './server';

if (process.argv.includes('--version')) {
  process.stdout.write('0.1.0\n');
} else {
  startServer(createStdioConnection());
}
