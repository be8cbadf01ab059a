/** The service's version (package.json), for the API document and the webhook user agent. */
import { readFileSync } from 'node:fs';
import { projectFile } from './project-file.ts';

const manifest = projectFile('package.json');
export const VERSION: string = manifest ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : '0.0.0';
