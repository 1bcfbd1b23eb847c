// The two static files of the web UI, read once at start-up and served from memory by name (a
// fixed list, so no request path ever reaches the file system).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type Asset = { body: string; type: string };

const files: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

/** Next to this module when run from src/ (tests); the compiled server in dist/ reads them from src/. */
function assetDir(): string {
  const candidates = [new URL('./assets/', import.meta.url), new URL('../../src/server/assets/', import.meta.url)];
  for (const dir of candidates) {
    const path = fileURLToPath(dir);
    if (existsSync(`${path}style.css`)) return path;
  }
  throw new Error('web UI assets (style.css, app.js) not found next to the server module or in src/server/assets');
}

export function loadAssets(): Map<string, Asset> {
  const dir = assetDir();
  return new Map(Object.entries(files).map(([name, type]) => [name, { body: readFileSync(`${dir}${name}`, 'utf8'), type }]));
}
