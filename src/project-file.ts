/**
 * A file of the project (package.json, the console's build) found from wherever the running code is:
 * the sources (src/…), or the bundle `npm run build` makes (dist/server.js and its chunks). The
 * nearest directory up from this module that holds `relative`; null when none does.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectFile(relative: string, from: string = import.meta.url): string | null {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const candidate = join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
