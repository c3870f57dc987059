// Draws the kernel's logos, kernel/logos/logo-32x32.png and logo-64x64.png, which
// `pyvm install` copies into the kernelspec: two interlocking rounded squares in
// Python's blue and yellow on a transparent ground. Written as PNG by hand (zlib is all
// a PNG needs), so that no image tool is required. Run: node scripts/gen_kernel_logos.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLUE = [0x37, 0x76, 0xab];
const YELLOW = [0xff, 0xd4, 0x3b];

/** Coverage (0..1) of a rounded square centred at (cx, cy) with half-side h and corner radius r, at point (x, y). */
function roundedSquare(x, y, cx, cy, h, r) {
  const dx = Math.max(Math.abs(x - cx) - (h - r), 0);
  const dy = Math.max(Math.abs(y - cy) - (h - r), 0);
  const distance = Math.hypot(dx, dy) - r;
  return Math.min(Math.max(0.5 - distance, 0), 1);
}

/** RGBA pixels of the logo at `size`×`size`, supersampled 4×4 for smooth edges. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const s = size / 64;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const px = (x + (sx + 0.5) / 4) / s;
          const py = (y + (sy + 0.5) / 4) / s;
          // The yellow square lies over the blue one, as the snakes of Python's logo interlock.
          const yellow = roundedSquare(px, py, 39, 39, 20, 7);
          const blue = roundedSquare(px, py, 25, 25, 20, 7) * (1 - yellow);
          r += BLUE[0] * blue + YELLOW[0] * yellow;
          g += BLUE[1] * blue + YELLOW[1] * yellow;
          b += BLUE[2] * blue + YELLOW[2] * yellow;
          a += blue + yellow;
        }
      }
      const offset = (y * size + x) * 4;
      const alpha = a / 16;
      pixels[offset] = alpha > 0 ? Math.round(r / 16 / alpha) : 0;
      pixels[offset + 1] = alpha > 0 ? Math.round(g / 16 / alpha) : 0;
      pixels[offset + 2] = alpha > 0 ? Math.round(b / 16 / alpha) : 0;
      pixels[offset + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits a channel, RGBA, no interlace
  const pixels = draw(size);
  // Each scanline starts with its filter type (0: none).
  const scanlines = Buffer.concat(Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines)), chunk('IEND', Buffer.alloc(0))]);
}

const out = join(root, 'kernel/logos');
mkdirSync(out, { recursive: true });
for (const size of [32, 64]) writeFileSync(join(out, `logo-${size}x${size}.png`), png(size));
