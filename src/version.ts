/** The service's version (package.json), for the API document and the webhook user agent. */
import { createRequire } from 'node:module';

export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
