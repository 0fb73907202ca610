#!/usr/bin/env node
// Writes resources/icons/icon.png (512x512 RGBA): a dark teal rounded square with a
// light notebook. Plain Node (zlib), no dependencies. Run: node scripts/generate-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4x4 supersampling for smooth edges

const TEAL = [15, 76, 79];
const PAGE = [230, 242, 238];
const SPINE = [140, 196, 186];
const RULE = [111, 168, 160];
const RIBBON = [232, 153, 84];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// Topmost shape wins; null is transparent.
function colorAt(x, y) {
  // Bookmark ribbon with a V notch cut into its end.
  if (x >= 318 && x <= 342 && y >= 96 && y <= 178 - (12 - Math.abs(x - 330))) return RIBBON;
  if (inRoundRect(x, y, 150, 104, 362, 408, 18)) {
    if (x < 184) return SPINE;
    const onRule = [0, 1, 2, 3, 4].some((i) => Math.abs(y - (196 + i * 44)) <= 3) && x >= 210 && x <= 334;
    return onRule ? RULE : PAGE;
  }
  if (inRoundRect(x, y, 16, 16, 496, 496, 100)) return TEAL;
  return null;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const c = colorAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!c) continue;
        sum[0] += c[0];
        sum[1] += c[1];
        sum[2] += c[2];
        sum[3] += 1;
      }
    }
    const o = row + 1 + px * 4;
    const n = sum[3];
    raw[o] = n ? Math.round(sum[0] / n) : 0;
    raw[o + 1] = n ? Math.round(sum[1] / n) : 0;
    raw[o + 2] = n ? Math.round(sum[2] / n) : 0;
    raw[o + 3] = Math.round((255 * n) / (SAMPLES * SAMPLES));
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons', 'icon.png');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, png);
console.log(`wrote ${target} (${png.length} bytes)`);
