#!/usr/bin/env node
// Runs @doyensec/electronegativity over src and fails on any HIGH finding, or any MEDIUM
// of FIRM or CERTAIN confidence. The tool itself always exits 0, so its CSV is parsed here.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const VERSION = '1.10.3'
const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version
const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
const out = join(dir, 'report.csv')

/** Parses RFC 4180 CSV: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field.trim())
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row)
    row = []
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\n') endRow()
    else if (c !== '\r') field += c
  }
  if (field !== '' || row.length > 0) endRow()
  return rows
}

try {
  execFileSync(
    'npx',
    [
      '-y',
      `@doyensec/electronegativity@${VERSION}`,
      '-i',
      process.argv[2] ?? 'src',
      '-e',
      electron,
      '-o',
      out,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 5 * 60_000 },
  )
  const [header, ...rows] = parseCsv(readFileSync(out, 'utf8'))
  const col = (name) => header.indexOf(name)
  const findings = rows
    .filter((r) => r.length === header.length)
    .map((r) => ({
      id: r[col('issue')],
      severity: r[col('severity')],
      confidence: r[col('confidence')],
      where: `${r[col('filename')].replace(process.cwd() + '/', '')}:${r[col('location')]}`,
      what: r[col('description')],
    }))
  const failing = findings.filter(
    (f) =>
      f.severity === 'HIGH' ||
      (f.severity === 'MEDIUM' && (f.confidence === 'FIRM' || f.confidence === 'CERTAIN')),
  )
  for (const f of findings) {
    const mark = failing.includes(f) ? 'FAIL' : 'ok  '
    console.log(`${mark} ${f.severity}/${f.confidence} ${f.id} ${f.where}: ${f.what}`)
  }
  console.log(
    `electronegativity ${VERSION} (Electron ${electron}): ${findings.length} findings, ${failing.length} failing`,
  )
  if (failing.length > 0) process.exitCode = 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
