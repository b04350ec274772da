import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '@shared/training/history'
import { csvCell, historyCsv } from '@shared/training/history-stats'

/** The cells of a CSV file, read as RFC 4180 says (quoted cells may hold commas and breaks). */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (ch === '"') quoted = !quoted
    else if (quoted || (ch !== ',' && ch !== '\n')) cell += ch
    else {
      row.push(cell)
      cell = ''
      if (ch === '\n') {
        rows.push(row)
        row = []
      }
    }
  }
  return rows
}

/** Every first character a spreadsheet reads as the start of a formula (OWASP's list). */
const DANGEROUS = ['=', '+', '-', '@', '\t', '\r']

const entry = (circuitName: string, load?: string): HistoryEntry => ({
  id: circuitName,
  circuitName,
  startedAt: Date.UTC(2026, 2, 9, 7),
  plannedMs: 1_200_000,
  actualMs: 1_200_000,
  effortsDone: 4,
  effortsSkipped: 0,
  effortsTotal: 4,
  endedEarly: false,
  exercises: [{ exercise: 'squats', setsDone: 2, setsPlanned: 2, ...(load ? { load } : {}) }],
})

describe('CSV cells', () => {
  it('puts a single quote before every cell that begins with a formula character', () => {
    for (const first of DANGEROUS) {
      const text = `${first}SUM(A1:A9)`
      const [[cell]] = readCsv(`${csvCell(text)}\n`) as [[string]]
      expect(cell, JSON.stringify(first)).toBe(`'${text}`)
    }
  })

  it('leaves every other cell as it is', () => {
    for (const text of ['Legs', '1+1', 'a=b', ' =1', "'quoted", '12.5', ''])
      expect(csvCell(text)).toBe(text)
    expect(csvCell(0)).toBe('0')
    expect(csvCell(false)).toBe('false')
  })

  it('quotes a cell with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('Legs, "hard"')).toBe('"Legs, ""hard"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('=HYPERLINK("http://x.example","go")')).toBe(
      `"'=HYPERLINK(""http://x.example"",""go"")"`,
    )
  })

  it('writes a history whose every cell reads back as written, guarded where it must be', () => {
    const names = [...DANGEROUS.map((c) => `${c}cmd|' /C calc'!A0`), 'Legs, "hard"', 'Core\nday']
    const csv = historyCsv(names.map((n, i) => entry(n, i % 2 ? '=1+1 kg' : undefined)))
    const rows = readCsv(csv)
    expect(rows).toHaveLength(names.length + 1)
    for (const row of rows) {
      expect(row).toHaveLength(10)
      for (const cell of row) expect(DANGEROUS).not.toContain(cell[0])
    }
    // Oldest first: all began at the same time, so in the order given.
    expect(rows.slice(1).map((r) => r[1])).toEqual(
      names.map((n) => (DANGEROUS.includes(n[0]!) ? `'${n}` : n)),
    )
  })
})
