import { describe, expect, it } from 'vitest'
import {
  controlsStepAside,
  INITIAL_OUTER,
  outerStep,
  takesCommands,
  type OuterEvent,
  type RunnerOuter,
  type SessionNow,
} from '@shared/engine/runner-outer'
import { compileTimeline, type Phase } from '@shared/engine/timeline'
import { circuit } from './helpers'

const running: SessionNow = { paused: false, done: false }
const paused: SessionNow = { paused: true, done: false }
const done: SessionNow = { paused: false, done: true }

/** Runs events in turn, each against the session as given, and gathers the effects. */
function run(steps: [OuterEvent['type'], SessionNow][], from: RunnerOuter = INITIAL_OUTER) {
  let outer = from
  const effects: string[] = []
  for (const [type, now] of steps) {
    const r = outerStep(outer, { type }, now)
    outer = r.outer
    effects.push(...r.effects.map((e) => (e.type === 'act' ? `act:${e.action}` : e.type)))
  }
  return { outer, effects }
}

describe('the leave question', () => {
  it('pauses a running session to ask, and Keep going resumes it', () => {
    const asked = run([['exit', running]])
    expect(asked.outer.asking).toEqual({ resume: true })
    expect(asked.effects).toEqual(['act:togglePause'])
    const kept = run([['keep', paused]], asked.outer)
    expect(kept.outer.asking).toBeNull()
    expect(kept.effects).toEqual(['act:togglePause'])
  })

  it('asks of a paused session without touching it, and Keep going leaves it paused', () => {
    const r = run([
      ['exit', paused],
      ['keep', paused],
    ])
    expect(r.effects).toEqual([])
    expect(r.outer).toEqual(INITIAL_OUTER)
  })

  it('does nothing for a second Exit while asking, or a Keep with nothing asked', () => {
    const r = run([
      ['exit', running],
      ['exit', paused],
      ['keep', paused],
      ['keep', running],
    ])
    expect(r.effects).toEqual(['act:togglePause', 'act:togglePause'])
  })

  it('Leave finishes the session, records it, then closes the runner', () => {
    const r = run([
      ['exit', running],
      ['leave', paused],
    ])
    expect(r.effects).toEqual(['act:togglePause', 'act:finish', 'record', 'close'])
    expect(r.outer).toEqual({ asking: null, recorded: true })
  })

  it('closes at once once the session is done', () => {
    const r = run([['exit', done]], { asking: null, recorded: true })
    expect(r.effects).toEqual(['close'])
    expect(r.outer.asking).toBeNull()
  })
})

describe('the end of the session', () => {
  it('records once, however often the end is seen', () => {
    const r = run([
      ['ended', done],
      ['ended', done],
      ['exit', done],
    ])
    expect(r.effects).toEqual(['record', 'close'])
  })

  it('records nothing before the end', () => {
    expect(run([['ended', running]]).effects).toEqual([])
  })

  it('a Leave, whose finish ends the session, is recorded once', () => {
    const r = run([
      ['exit', running],
      ['leave', paused],
      ['ended', done],
      ['keep', done],
    ])
    expect(r.effects.filter((e) => e === 'record')).toHaveLength(1)
  })
})

describe('which commands are taken', () => {
  const asking: RunnerOuter = { asking: { resume: true }, recorded: false }
  it('takes none while the leave question is open', () => {
    for (const route of ['keys', 'remote', 'media-keys'] as const)
      expect(takesCommands(asking, false, route)).toBe(false)
  })
  it('lets the media keys and clicker go at the end; keys and the phone stay', () => {
    expect(takesCommands(INITIAL_OUTER, true, 'media-keys')).toBe(false)
    expect(takesCommands(INITIAL_OUTER, true, 'keys')).toBe(true)
    expect(takesCommands(INITIAL_OUTER, true, 'remote')).toBe(true)
    expect(takesCommands(INITIAL_OUTER, false, 'media-keys')).toBe(true)
  })
})

describe('when the buttons step aside', () => {
  const phases = compileTimeline(
    circuit({
      warmupSec: 0,
      restBetweenSetsSec: 20,
      items: [
        { exercise: 'squats', sets: 2, reps: 15 },
        { exercise: 'plank', sets: 1, seconds: 30 },
      ],
    }),
  ).phases
  const of = (kind: Phase['kind']) => phases.find((p) => p.kind === kind)!
  const view = (phase: Phase | undefined, p = false, d = false) => ({
    phase,
    paused: p,
    done: d,
  })

  it('during a running effort (work or hold) once the mouse and keys are idle', () => {
    expect(controlsStepAside(view(of('work')), true, INITIAL_OUTER)).toBe(true)
    expect(controlsStepAside(view(of('hold')), true, INITIAL_OUTER)).toBe(true)
  })

  it('not while the mouse or keys are in use, in a rest, paused, done or asking', () => {
    expect(controlsStepAside(view(of('work')), false, INITIAL_OUTER)).toBe(false)
    expect(controlsStepAside(view(of('rest')), true, INITIAL_OUTER)).toBe(false)
    expect(controlsStepAside(view(of('work'), true), true, INITIAL_OUTER)).toBe(false)
    expect(controlsStepAside(view(of('work'), false, true), true, INITIAL_OUTER)).toBe(false)
    expect(controlsStepAside(view(undefined), true, INITIAL_OUTER)).toBe(false)
    const asking: RunnerOuter = { asking: { resume: true }, recorded: false }
    expect(controlsStepAside(view(of('work')), true, asking)).toBe(false)
  })
})
