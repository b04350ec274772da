import { describe, expect, it } from 'vitest'
import { contrastRatio } from '@renderer/components/ui/contrast'
import {
  PHASE_COLOURS,
  PHASE_LABELS,
  RUNNER_TEXT,
  RUNNER_TEXT_DIM,
} from '@renderer/features/runner/phase-style'

describe('phase colours', () => {
  it.each(Object.entries(PHASE_COLOURS))(
    '%s keeps runner text at 7:1 or more',
    (_phase, colour) => {
      expect(contrastRatio(colour, RUNNER_TEXT)).toBeGreaterThanOrEqual(7)
    },
  )

  it.each(Object.entries(PHASE_COLOURS))(
    '%s keeps a dimmed control’s words at 7:1 or more, yet quieter than the rest',
    (_phase, colour) => {
      expect(contrastRatio(colour, RUNNER_TEXT_DIM)).toBeGreaterThanOrEqual(7)
      expect(contrastRatio(colour, RUNNER_TEXT_DIM)).toBeLessThan(
        contrastRatio(colour, RUNNER_TEXT),
      )
    },
  )

  it('gives every phase its own colour and the contract’s word', () => {
    expect(new Set(Object.values(PHASE_COLOURS)).size).toBe(7)
    expect(Object.values(PHASE_LABELS)).toEqual([
      'Warm-up',
      'Work',
      'Hold',
      'Switch sides',
      'Rest',
      'Cool-down',
      'Done',
    ])
  })

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2)
  })
})
