import { describe, expect, it, vi } from 'vitest'
import {
  cuesDue,
  entryCue,
  estimateSpeechMs,
  phaseCues,
  SpeechQueue,
  PRIORITY,
} from '@shared/engine/cues'
import { compileTimeline } from '@shared/engine/timeline'
import { circuit } from './helpers'

const timeline = compileTimeline(
  circuit({
    warmupSec: 60,
    restBetweenSetsSec: 30,
    restBetweenExercisesSec: 30,
    items: [
      { exercise: 'squats', sets: 2, reps: 15 },
      { exercise: 'side-plank', sets: 1, seconds: 30 },
    ],
  }),
)
const kinds = timeline.phases.map((p) => p.kind)

describe('spoken lines', () => {
  it('announces an effort with its set and amount, and the last set as such', () => {
    expect(entryCue(timeline, 1).say?.text).toBe('Squats. Set 1 of 2. 15 reps')
    expect(entryCue(timeline, 3).say?.text).toBe('Squats. Last set. 15 reps')
    expect(entryCue(timeline, 1).sound).toBe('start')
  })

  it('announces a rest with its length and what comes next', () => {
    expect(kinds[2]).toBe('rest')
    expect(entryCue(timeline, 2).say?.text).toBe('Rest, 30 seconds. Next: Squats')
    expect(entryCue(timeline, 4).say?.text).toBe('Rest, 30 seconds. Next: Side Plank')
    expect(entryCue(timeline, 4).sound).toBe('rest')
  })

  it('names sides and the switch between them', () => {
    expect(entryCue(timeline, 5).say?.text).toBe(
      'Side Plank. Set 1 of 1. Hold 30 seconds. Left side',
    )
    expect(entryCue(timeline, 6)).toMatchObject({ sound: 'switch', say: { text: 'Switch sides' } })
    expect(entryCue(timeline, 7).say?.text).toBe('Right side. Hold 30 seconds')
  })

  it('plays the fanfare at the end', () => {
    expect(entryCue(timeline, timeline.phases.length)).toMatchObject({ sound: 'fanfare' })
  })
})

describe('cues inside a phase', () => {
  it('pips at 3, 2 and 1 s before every phase ends', () => {
    const pips = phaseCues(timeline.phases[2]!, 30_000, false).filter((c) => c.sound === 'pip')
    expect(pips.map((c) => c.atRemainingMs)).toEqual([3000, 2000, 1000])
  })

  it('marks halfway in efforts of 20 s or more only', () => {
    const squats = phaseCues(timeline.phases[1]!, 45_000, false)
    expect(squats.find((c) => c.sound === 'halfway')?.atRemainingMs).toBe(22_500)
    const short = compileTimeline(
      circuit({ warmupSec: 0, items: [{ exercise: 'squats', reps: 6 }] }),
    )
    expect(phaseCues(short.phases[0]!, 18_000, false).some((c) => c.sound === 'halfway')).toBe(
      false,
    )
    expect(phaseCues(timeline.phases[2]!, 30_000, false).some((c) => c.sound === 'halfway')).toBe(
      false,
    )
  })

  it('ticks the rep cadence when asked, at the item pace', () => {
    const ticks = phaseCues(timeline.phases[1]!, 45_000, true).filter((c) => c.sound === 'tick')
    expect(ticks[0]?.atRemainingMs).toBe(42_000)
    expect(ticks).toHaveLength(13) // every 3 s, none on the pips
    expect(phaseCues(timeline.phases[1]!, 45_000, false).some((c) => c.sound === 'tick')).toBe(
      false,
    )
  })

  it('says each warm-up move as the screen shows it, at the start of its slot', () => {
    const phase = { ...timeline.phases[0]!, durationMs: 70_000 }
    const said = phaseCues(phase, 70_000, false).filter((c) => c.say)
    // 70 s in three moves of 23, 24 and 23 s: said as the phase's clock shows 0:47 and 0:23.
    expect(said.map((c) => c.atRemainingMs)).toEqual([47_000, 23_000])
  })

  it('names each warm-up move as it comes', () => {
    const lines = phaseCues(timeline.phases[0]!, 60_000, false).flatMap((c) =>
      c.say ? [c.say.short] : [],
    )
    expect(lines).toEqual(['Mountain climbers', 'Easy squats'])
  })

  it('lets late cues fall due, but drops those too far behind', () => {
    const cues = phaseCues(timeline.phases[2]!, 30_000, false)
    expect(cuesDue(cues, 3500, 2900, 250).map((c) => c.atRemainingMs)).toEqual([3000])
    expect(cuesDue(cues, 3500, 1900, 250).map((c) => c.atRemainingMs)).toEqual([2000])
  })
})

describe('the speech queue', () => {
  const setup = () => {
    const out = { speak: vi.fn(), cancel: vi.fn() }
    return { out, q: new SpeechQueue(out, 1500) }
  }

  it('says a line at once when quiet', () => {
    const { out, q } = setup()
    expect(q.say({ text: 'Squats. Set 1 of 2', priority: PRIORITY.announce }, 0, null)).toBe(
      'Squats. Set 1 of 2',
    )
    expect(out.speak).toHaveBeenCalledWith('Squats. Set 1 of 2')
  })

  it('never runs into the pips: falls back to the short form, or drops the line', () => {
    const { out, q } = setup()
    const line = {
      text: 'Rest, 30 seconds. Next: Walking Lunges',
      short: 'Rest',
      priority: PRIORITY.announce,
    }
    expect(q.say(line, 0, estimateSpeechMs('Rest') + 10)).toBe('Rest')
    q.clear()
    expect(q.say(line, 0, 100)).toBeNull()
    expect(out.speak).toHaveBeenCalledTimes(1)
  })

  it('lets a more important line interrupt, and queues a lesser one', () => {
    const { out, q } = setup()
    q.say({ text: 'Halfway', priority: PRIORITY.halfway }, 0, null)
    q.say({ text: 'Switch sides', priority: PRIORITY.announce }, 100, null)
    expect(out.cancel).toHaveBeenCalledTimes(1)
    q.say({ text: 'Halfway', priority: PRIORITY.halfway }, 200, null)
    expect(out.speak).toHaveBeenCalledTimes(2)
    expect(q.pump(100 + estimateSpeechMs('Switch sides'), null)).toBe('Halfway')
  })

  it('drops a queued line rather than say it late', () => {
    const { out, q } = setup()
    q.say({ text: 'A long line of many words to say here', priority: PRIORITY.announce }, 0, null)
    q.say({ text: 'Halfway', priority: PRIORITY.halfway }, 10, null)
    expect(q.pump(5000, null)).toBeNull()
    expect(out.speak).toHaveBeenCalledTimes(1)
  })
})
