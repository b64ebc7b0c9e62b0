// Draws media/icon.png (128×128): an arena of 8×8 pools, some filled, in the colours of the
// heap panel's size classes. Run once; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const W = 128, H = 128;
const px = Buffer.alloc(W * H * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  const i = (y * W + x) * 4;
  px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
};
const bg = [28, 32, 48];
const colours = [[79, 193, 255], [255, 170, 64], [120, 220, 140], [240, 100, 120]];
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) {
  const r = 22, inCorner = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
  const corner = (x < r && y < r && inCorner(r, r)) || (x >= W - r && y < r && inCorner(W - r - 1, r)) || (x < r && y >= H - r && inCorner(r, H - r - 1)) || (x >= W - r && y >= H - r && inCorner(W - r - 1, H - r - 1));
  set(x, y, corner ? [0, 0, 0, 0] : bg);
}
// 6×6 pools of 14 px with 4 px gaps, filled to different levels
const fill = [1, 0.8, 0.3, 1, 0.1, 0.6, 0.9, 0, 1, 0.5, 0.2, 1, 0.7, 1, 0.4, 0, 0.9, 0.6, 0.3, 1, 0, 0.8, 1, 0.5, 1, 0.2, 0.9, 0.6, 0, 1, 0.4, 1, 0.7, 0.1, 1, 0.8];
for (let py = 0; py < 6; py++) for (let pxi = 0; pxi < 6; pxi++) {
  const k = py * 6 + pxi;
  const c = colours[(py + pxi * 3) % colours.length];
  const x0 = 11 + pxi * 18, y0 = 11 + py * 18;
  for (let y = 0; y < 14; y++) for (let x = 0; x < 14; x++) {
    const filled = y >= 14 - Math.round(14 * fill[k]);
    const edge = x === 0 || y === 0 || x === 13 || y === 13;
    set(x0 + x, y0 + y, filled ? c : edge ? [c[0] * 0.6, c[1] * 0.6, c[2] * 0.6] : [40, 46, 66]);
  }
}
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) px.copy(raw, y * (W * 4 + 1) + 1, y * W * 4, (y + 1) * W * 4);
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 6;
writeFileSync('media/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
console.log('media/icon.png written');
