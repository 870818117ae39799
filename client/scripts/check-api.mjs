// Fails when src/types/api.d.ts is not what `npm run gen:api` makes from openapi/v1.json,
// so a changed API document cannot land without its regenerated client types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, 'openapi', 'v1.json');
const committed = join(root, 'src', 'types', 'api.d.ts');
const cli = join(root, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');

const tempDir = mkdtempSync(join(tmpdir(), 'papi-check-api-'));
const fresh = join(tempDir, 'api.d.ts');
try {
  try {
    execFileSync(process.execPath, [cli, spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('check:api FAILED: openapi-typescript could not generate types from openapi/v1.json (see above).');
    console.error('Is the document valid OpenAPI, and has `npm ci` been run in client/?');
    process.exit(1);
  }
  const normalize = (text) => text.replace(/\r\n/g, '\n');
  let current;
  try {
    current = normalize(readFileSync(committed, 'utf8'));
  } catch {
    current = undefined;
  }
  const expected = normalize(readFileSync(fresh, 'utf8'));
  if (current !== expected) {
    const reason = current === undefined ? 'is missing' : 'is out of date with openapi/v1.json';
    console.error(`check:api FAILED: src/types/api.d.ts ${reason}.`);
    console.error('Run `npm run gen:api` in client/ and commit src/types/api.d.ts.');
    if (current !== undefined) {
      const a = current.split('\n');
      const b = expected.split('\n');
      const line = a.findIndex((text, i) => text !== b[i]);
      const at = line === -1 ? Math.min(a.length, b.length) : line;
      console.error(`First difference at line ${at + 1}:`);
      console.error(`  committed: ${JSON.stringify(a[at] ?? '<end of file>')}`);
      console.error(`  generated: ${JSON.stringify(b[at] ?? '<end of file>')}`);
    }
    process.exitCode = 1;
  } else {
    console.log('check:api OK: src/types/api.d.ts matches openapi/v1.json.');
  }
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
