#!/usr/bin/env node
// Draws the app icon (a stopwatch ring around a dumbbell, on the runner's amber) into
// resources/icon.svg and resources/icon.png (1024 px), and the Linux sizes into
// resources/icons/<n>x<n>.png. electron-builder makes the .ico and .icns from icon.png.
// Run with `npm run icons`; the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../resources')

// The design on a 100-unit square.
const BG = [0xf5, 0xa6, 0x23] // amber
const INK = [0x0b, 0x0b, 0x0b]
const shape = {
  corner: 22, // rounded square
  ring: { cx: 50, cy: 54, r: 31, width: 7 },
  crown: { x: 44, y: 12, w: 12, h: 9 },
  bar: { x: 30, y: 51.5, w: 40, h: 5 },
  plates: [
    { x: 27, y: 40, w: 7, h: 28 },
    { x: 66, y: 40, w: 7, h: 28 },
  ],
}

/** Signed distance to a rounded box (negative inside). */
function box(px, py, x, y, w, h, r = 0) {
  const qx = Math.abs(px - (x + w / 2)) - (w / 2 - r)
  const qy = Math.abs(py - (y + h / 2)) - (h / 2 - r)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

/** The colour at a point of the design, or null outside the icon. */
function colourAt(px, py) {
  if (box(px, py, 0, 0, 100, 100, shape.corner) > 0) return null
  const { ring, crown, bar, plates } = shape
  const d = Math.abs(Math.hypot(px - ring.cx, py - ring.cy) - ring.r) - ring.width / 2
  const ink =
    d <= 0 ||
    box(px, py, crown.x, crown.y, crown.w, crown.h, 1.5) <= 0 ||
    box(px, py, bar.x, bar.y, bar.w, bar.h, 1) <= 0 ||
    plates.some((p) => box(px, py, p.x, p.y, p.w, p.h, 2) <= 0)
  return ink ? INK : BG
}

/** RGBA pixels at `size`, 4×4 supersampled for smooth edges. */
function render(size) {
  const px = Buffer.alloc(size * size * 4)
  const n = 4
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt(
            ((x + (sx + 0.5) / n) / size) * 100,
            ((y + (sy + 0.5) / n) / size) * 100,
          )
          if (!c) continue
          r += c[0]
          g += c[1]
          b += c[2]
          a++
        }
      const i = (y * size + x) * 4
      if (a > 0) {
        px[i] = Math.round(r / a)
        px[i + 1] = Math.round(g / a)
        px[i + 2] = Math.round(b / a)
      }
      px[i + 3] = Math.round((a / (n * n)) * 255)
    }
  return px
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c
})
function crc32(buf) {
  let c = -1
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ -1) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A PNG file of RGBA pixels. */
function png(size, rgba) {
  const head = Buffer.alloc(13)
  head.writeUInt32BE(size, 0)
  head.writeUInt32BE(size, 4)
  head.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++)
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', head),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`
const rect = (r, rx) => `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="${rx}"/>`
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="Runstrong">
  <rect width="100" height="100" rx="${shape.corner}" fill="${hex(BG)}"/>
  <circle cx="${shape.ring.cx}" cy="${shape.ring.cy}" r="${shape.ring.r}" fill="none" stroke="${hex(INK)}" stroke-width="${shape.ring.width}"/>
  <g fill="${hex(INK)}">${rect(shape.crown, 1.5)}${rect(shape.bar, 1)}${shape.plates.map((p) => rect(p, 2)).join('')}</g>
</svg>
`

mkdirSync(resolve(out, 'icons'), { recursive: true })
writeFileSync(resolve(out, 'icon.svg'), svg)
writeFileSync(resolve(out, 'icon.png'), png(1024, render(1024)))
for (const size of [16, 32, 48, 64, 128, 256, 512])
  writeFileSync(resolve(out, `icons/${size}x${size}.png`), png(size, render(size)))
console.log('icons written to resources/')
