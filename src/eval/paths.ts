// Default locations resolved from the package root, not the working directory, so
// `quotetrace eval polnear` finds the shared dataset from wherever it is run.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The directory holding quotetrace's package.json (src/eval/ or dist/eval/ sit two levels down). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function defaultPolnearDir(): string {
  return resolve(packageRoot(), '..', 'shared', 'datasets', 'polnear', 'data');
}
