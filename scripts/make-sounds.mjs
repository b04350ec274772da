#!/usr/bin/env node
// Synthesises the runner's tones into resources/sounds/*.wav (16-bit mono PCM).
// Run with `npm run sounds`; the output is committed, so nothing is ever downloaded.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const RATE = 22050
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../resources/sounds')

/** A note: frequency in Hz, start and length in seconds, peak 0..1. */
function render(notes, totalSec) {
  const samples = new Float32Array(Math.ceil(totalSec * RATE))
  for (const { hz, at, len, peak = 0.6, harmonics = [1, 0.3, 0.1] } of notes) {
    const start = Math.floor(at * RATE)
    const count = Math.floor(len * RATE)
    const attack = Math.min(0.008 * RATE, count / 4)
    for (let i = 0; i < count && start + i < samples.length; i++) {
      const t = i / RATE
      // A quick attack and an exponential decay keep the tone crisp and click-free.
      const env =
        Math.min(1, i / attack) * Math.exp((-4 * i) / count) * Math.min(1, (count - i) / attack)
      let v = 0
      harmonics.forEach((amp, h) => {
        v += amp * Math.sin(2 * Math.PI * hz * (h + 1) * t)
      })
      samples[start + i] += (peak * env * v) / 1.4
    }
  }
  return samples
}

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2)
  samples.forEach((v, i) =>
    data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, v)) * 32767), i * 2),
  )
  const head = Buffer.alloc(44)
  head.write('RIFF', 0)
  head.writeUInt32LE(36 + data.length, 4)
  head.write('WAVE', 8)
  head.write('fmt ', 12)
  head.writeUInt32LE(16, 16)
  head.writeUInt16LE(1, 20) // PCM
  head.writeUInt16LE(1, 22) // mono
  head.writeUInt32LE(RATE, 24)
  head.writeUInt32LE(RATE * 2, 28)
  head.writeUInt16LE(2, 32)
  head.writeUInt16LE(16, 34)
  head.write('data', 36)
  head.writeUInt32LE(data.length, 40)
  return Buffer.concat([head, data])
}

const C5 = 523.25
const E5 = 659.25
const G5 = 783.99
const C6 = 1046.5

const sounds = {
  pip: render([{ hz: 880, at: 0, len: 0.13, peak: 0.7 }], 0.16),
  start: render(
    [
      { hz: 660, at: 0, len: 0.16 },
      { hz: 990, at: 0.14, len: 0.3, peak: 0.7 },
    ],
    0.46,
  ),
  rest: render(
    [
      { hz: G5, at: 0, len: 0.22, peak: 0.5 },
      { hz: C5, at: 0.18, len: 0.4, peak: 0.5 },
    ],
    0.6,
  ),
  switch: render(
    [
      { hz: 740, at: 0, len: 0.1 },
      { hz: 740, at: 0.16, len: 0.1 },
    ],
    0.28,
  ),
  halfway: render([{ hz: 1320, at: 0, len: 0.22, peak: 0.45, harmonics: [1, 0.1] }], 0.24),
  fanfare: render(
    [
      { hz: C5, at: 0, len: 0.25 },
      { hz: E5, at: 0.15, len: 0.25 },
      { hz: G5, at: 0.3, len: 0.25 },
      { hz: C6, at: 0.45, len: 0.9, peak: 0.7 },
      { hz: G5, at: 0.45, len: 0.9, peak: 0.35 },
    ],
    1.4,
  ),
  tick: render([{ hz: 1800, at: 0, len: 0.035, peak: 0.35, harmonics: [1] }], 0.04),
}

mkdirSync(out, { recursive: true })
for (const [name, samples] of Object.entries(sounds)) {
  writeFileSync(resolve(out, `${name}.wav`), wav(samples))
}
console.log(`wrote ${Object.keys(sounds).length} sounds to ${out}`)
