/** The product's version, written once: in package.json (bundled from there by esbuild). */
import { version } from '../../package.json';

export const VERSION: string = version;
