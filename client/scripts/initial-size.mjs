// Prints the JavaScript a first visit downloads (the entry script and the modules it preloads), gzipped,
// and fails the build when it passes the budget. Pages load their own chunks later (lazy routes).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budgetKb = 250;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = await readFile(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((match) => match[1]);
let total = 0;
for (const file of files) {
  const size = gzipSync(await readFile(join(dist, file))).length;
  total += size;
  console.log(`  ${file}  ${(size / 1024).toFixed(2)} kB gzip`);
}
const totalKb = total / 1024;
console.log(`Initial JavaScript: ${totalKb.toFixed(2)} kB gzip in ${files.length} files (budget ${budgetKb} kB)`);
if (files.length === 0 || totalKb > budgetKb) {
  console.error(files.length === 0 ? 'No script found in dist/index.html.' : `Over the budget by ${(totalKb - budgetKb).toFixed(2)} kB.`);
  process.exit(1);
}
