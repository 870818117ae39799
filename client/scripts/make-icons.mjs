// Writes the installable dashboard's icons (public/icon-*.png) from the same shapes as public/icon.svg: a bar chart
// rising on the brand's blue. Plain rectangles need no image library, so the PNGs are written here by hand
// (zlib + CRC): `node scripts/make-icons.mjs` after changing the shapes, then commit the files.
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const blue = [0x1f, 0x4e, 0x79];
const white = [0xff, 0xff, 0xff];
const gold = [0xf2, 0xc1, 0x4e];
// x, y, width, height on a 512 grid, as in icon.svg.
const shapes = [
  [112, 300, 64, 108, white],
  [224, 228, 64, 180, white],
  [336, 140, 64, 268, gold],
  [96, 416, 320, 16, white],
];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const scale = size / 512;
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y += 1) {
    rows[y * (1 + size * 3)] = 0;
    for (let x = 0; x < size; x += 1) {
      const gx = (x + 0.5) / scale;
      const gy = (y + 0.5) / scale;
      const hit = shapes.find(([sx, sy, w, h]) => gx >= sx && gx < sx + w && gy >= sy && gy < sy + h);
      const [r, g, b] = hit ? hit[4] : blue;
      rows.set([r, g, b], y * (1 + size * 3) + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
for (const [name, size] of [['icon-192.png', 192], ['icon-512.png', 512], ['apple-touch-icon.png', 180]]) {
  await writeFile(join(publicDir, name), png(size));
}
