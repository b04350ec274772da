#!/usr/bin/env node
// A stand-in for fpm, enough for electron-builder's .deb (`fpm -s dir -t deb ...`): it lays
// out the files electron-builder maps, writes the control file from its options, and builds
// the package with dpkg-deb. electron-builder uses it with USE_SYSTEM_FPM=true where its own
// fpm cannot be downloaded (it comes from github.com).
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const args = process.argv.slice(2)
const options = new Map()
const depends = []
const mappings = []
for (let i = 0; i < args.length; i += 1) {
  const a = args[i]
  if (a === '-d' || a === '--depends') depends.push(args[++i])
  else if (a === '--force') continue
  else if (a.startsWith('-')) options.set(a, args[++i])
  else mappings.push(a)
}
if (options.get('-t') !== 'deb')
  throw new Error(`This stand-in builds only .deb packages, not ${options.get('-t')}`)

const stage = mkdtempSync(join(tmpdir(), 'stand-in-fpm-'))
chmodSync(stage, 0o755)
for (const m of mappings) {
  const [from, to] = m.split('=')
  const target = join(stage, to)
  mkdirSync(dirname(target), { recursive: true })
  if (statSync(from).isDirectory()) cpSync(from, target, { recursive: true })
  else copyFileSync(from, target)
}
mkdirSync(join(stage, 'DEBIAN'))
const [summary, ...more] = (options.get('--description') ?? '').split('\n')
const control = [
  `Package: ${options.get('--name')}`,
  `Version: ${options.get('--version')}`,
  `Architecture: ${options.get('--architecture')}`,
  `Maintainer: ${options.get('--maintainer')}`,
  `Priority: ${options.get('--deb-priority') ?? 'optional'}`,
  depends.length ? `Depends: ${depends.join(', ')}` : '',
  options.get('--deb-recommends') ? `Recommends: ${options.get('--deb-recommends')}` : '',
  options.get('--url') ? `Homepage: ${options.get('--url')}` : '',
  `Description: ${summary}`,
  ...more.map((l) => (l.trim() ? l : ' .')),
].filter(Boolean)
writeFileSync(join(stage, 'DEBIAN', 'control'), `${control.join('\n')}\n`)
for (const [flag, name] of [
  ['--after-install', 'postinst'],
  ['--after-remove', 'postrm'],
])
  if (options.get(flag)) {
    writeFileSync(join(stage, 'DEBIAN', name), readFileSync(options.get(flag)))
    chmodSync(join(stage, 'DEBIAN', name), 0o755)
  }
execFileSync(
  'dpkg-deb',
  ['--root-owner-group', '-Zxz', '--build', stage, options.get('--package')],
  {
    stdio: 'ignore',
  },
)
rmSync(stage, { recursive: true, force: true })
