// Draws the extension and task icons (PNG, no dependencies): a blue tile with a rising three-bar chart.
// Run once after changing the drawing: node scripts/make-icons.mjs
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, deflateSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TASKS = readdirSync(join(root, "tasks")).filter((name) => existsSync(join(root, "tasks", name, "task.json")));

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) rows.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

const BLUE = [0, 120, 212, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];
const BARS = [
  { from: 0.22, to: 0.36, top: 0.58 },
  { from: 0.43, to: 0.57, top: 0.42 },
  { from: 0.64, to: 0.78, top: 0.24 },
];

function pixel(x, y) {
  const corner = 0.14;
  const dx = Math.max(corner - x, x - (1 - corner), 0);
  const dy = Math.max(corner - y, y - (1 - corner), 0);
  if (dx * dx + dy * dy > corner * corner) return CLEAR;
  const bar = BARS.find((b) => x >= b.from && x < b.to && y >= b.top && y < 0.8);
  return bar ? WHITE : BLUE;
}

writeFileSync(join(root, "images/extension-icon.png"), png(128, pixel));
for (const task of TASKS) writeFileSync(join(root, "tasks", task, "icon.png"), png(32, pixel));
console.log("icons written");
