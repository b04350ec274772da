import { describe, expect, it } from 'vitest'
import type { Circuit } from '@shared/circuits/circuit'
import { getExercise, repsText, type Equipment } from '@shared/circuits/exercises'
import { PRESETS } from '@shared/circuits/presets'
import { formatClock } from '@shared/engine/format'
import { plannedMs } from '@shared/engine/timeline'
import { weekStart } from '@shared/training/calendar'
import type { HistoryEntry } from '@shared/training/history'
import {
  applySteps,
  heavier,
  nextVersionName,
  readLoad,
  steppedUp,
  suggestSteps,
  type Suggestion,
} from '@shared/training/overload'
import { circuit } from './helpers'

const DAY = 24 * 3600 * 1000
/** Monday 6 January 2025, 18:00 local time: the start of a calendar week. */
const MONDAY = new Date(2025, 0, 6, 18).getTime()

type Feeling = HistoryEntry['feeling']

/** A session of `c` at `startedAt`, every set done unless said, loads recorded as the app does. */
function session(
  c: Circuit,
  startedAt: number,
  feeling: Feeling,
  own: Partial<Record<number, Feeling>> = {},
  setsDone?: number,
): HistoryEntry {
  return {
    id: String(startedAt),
    circuitName: c.name,
    startedAt,
    plannedMs: 1,
    actualMs: 1,
    effortsDone: 1,
    effortsSkipped: 0,
    effortsTotal: 1,
    endedEarly: false,
    exercises: c.items.map((i, k) => ({
      exercise: i.exercise,
      setsDone: setsDone ?? i.sets,
      setsPlanned: i.sets,
      ...(i.load ? { load: i.load } : {}),
      ...(own[k] ? { feeling: own[k] } : {}),
    })),
    ...(feeling ? { feeling } : {}),
  }
}

const c = circuit({
  name: 'Legs',
  items: [
    { exercise: 'squats', sets: 2, reps: 10 },
    { exercise: 'step-ups', sets: 2, reps: 12, load: '8 kg' },
    { exercise: 'plank', sets: 2, seconds: 30 },
    { exercise: 'glute-bridge', sets: 2, reps: 12 },
  ],
})

const texts = (steps: { text: string }[]) => steps.map((s) => s.text)
const challenge = (id: string) => getExercise(id).challenge.text

describe('progressive overload', () => {
  it('after an easy session steps up the three furthest behind: reps toward 12, +5 s on holds, a slower bridge', () => {
    const steps = suggestSteps(c, [session(c, 2, 'easy'), session(c, 1, 'right')], [])
    // The loaded step-ups wait for more easy sessions at 12 reps; the bridge's harder version
    // needs a kettlebell or ball nobody said they own, so it slows down instead.
    expect(texts(steps)).toEqual([
      'Squats: 11 reps (from 10)',
      'Plank: 35 s (from 30 s)',
      'Glute Bridge: slower, 4 s a rep (hold the top a second longer)',
    ])
    expect(steps.every((s) => s.direction === 'up')).toBe(true)
  })

  it('after a whole session felt easy, steps up at most the three exercises furthest behind', () => {
    const many = circuit({
      name: 'Many',
      items: [
        { exercise: 'squats', sets: 2, reps: 12 },
        { exercise: 'press-ups', sets: 2, reps: 8 },
        { exercise: 'plank', sets: 2, seconds: 40 },
        { exercise: 'leg-raises', sets: 2, reps: 6 },
        { exercise: 'superman', sets: 2, reps: 10 },
      ],
    })
    expect(texts(suggestSteps(many, [session(many, 5, 'easy')], []))).toEqual([
      'Press-Ups: 9 reps (from 8)',
      'Leg Raises: 7 reps (from 6)',
      'Superman / Back Extension: 11 reps (from 10)',
    ])
  })

  it('grows a hold to the article’s range, then suggests the harder version, never 5 s more forever', () => {
    const holds = circuit({
      name: 'Holds',
      items: [
        { exercise: 'plank', sets: 2, seconds: 45 },
        { exercise: 'burpees', sets: 2, seconds: 30 },
        { exercise: 'side-plank', sets: 2, seconds: 40 },
      ],
    })
    const easy = session(holds, 5, 'right', { 0: 'easy', 1: 'easy', 2: 'easy' })
    expect(texts(suggestSteps(holds, [easy], []))).toEqual([
      `Plank: try the challenge version (${challenge('plank')})`,
      `Burpees: try the challenge version (${challenge('burpees')})`,
      'Side Plank: 45 s (from 40 s)',
    ])
  })

  it('suggests a harder version needing kit only when the runner owns it or the circuit surely uses it', () => {
    const allEasy = (cc: Circuit) =>
      session(cc, 5, 'right', Object.fromEntries(cc.items.map((_, k) => [k, 'easy' as const])))
    const bare = circuit({ name: 'Bare', items: [{ exercise: 'glute-bridge', sets: 2, reps: 12 }] })
    expect(texts(suggestSteps(bare, [allEasy(bare)], []))[0]).toMatch(/^Glute Bridge: slower/)
    expect(texts(suggestSteps(bare, [allEasy(bare)], ['kettlebell']))).toEqual([
      `Glute Bridge: try the challenge version (${challenge('glute-bridge')})`,
    ])
    // "A dumbbell or a kettlebell" says one of them is at hand, not that a kettlebell is.
    const either = circuit({
      name: 'Either',
      items: [
        { exercise: 'glute-bridge', sets: 2, reps: 12 },
        { exercise: 'single-leg-deadlift', sets: 2, reps: 10 },
      ],
    })
    expect(texts(suggestSteps(either, [allEasy(either)], []))[0]).toMatch(/^Glute Bridge: slower/)
    // The row's dumbbell is surely at hand: the squat may hold it.
    const row = circuit({
      name: 'Row',
      items: [
        { exercise: 'squats', sets: 2, reps: 15 },
        { exercise: 'dumbbell-row', sets: 2, reps: 10 },
      ],
    })
    expect(texts(suggestSteps(row, [allEasy(row)], []))[0]).toBe(
      `Squats: try the challenge version (${challenge('squats')})`,
    )
  })

  it('slows a bodyweight move at the top of its range one second a rep, to 5 s, and never a jump', () => {
    const squats = (secondsPerRep: number) =>
      circuit({ name: 'S', items: [{ exercise: 'squats', sets: 2, reps: 15, secondsPerRep }] })
    const slower = (cc: Circuit) => suggestSteps(cc, [session(cc, 1, 'easy')], [])
    expect(slower(squats(3))).toEqual([
      {
        itemIndex: 0,
        direction: 'up',
        text: 'Squats: slower, 4 s a rep (3 s down, 1 s up)',
        patch: { secondsPerRep: 4 },
      },
    ])
    expect(texts(slower(squats(4)))).toEqual([
      'Squats: slower, 5 s a rep (3 s down, a 1 s pause, 1 s up)',
    ])
    expect(slower(squats(5))).toEqual([])
    const jumps = circuit({ name: 'J', items: [{ exercise: 'jump-squats', sets: 2, reps: 12 }] })
    expect(slower(jumps)).toEqual([])
  })

  it('counts both legs of an alternating move: walking lunges climb two steps at a time to 24', () => {
    const lunges = circuit({
      name: 'L',
      items: [{ exercise: 'walking-lunges', sets: 2, reps: 16 }],
    })
    expect(texts(suggestSteps(lunges, [session(lunges, 1, 'easy')], []))).toEqual([
      'Walking Lunges: 18 steps (from 16)',
    ])
  })

  it('suggests nothing when it felt about right', () => {
    expect(suggestSteps(c, [session(c, 2, 'right'), session(c, 1, 'easy')], [])).toEqual([])
  })

  it('steps back after hard twice in a row, and not after hard once', () => {
    expect(suggestSteps(c, [session(c, 3, 'hard'), session(c, 2, 'right')], [])).toEqual([])
    const back = suggestSteps(c, [session(c, 3, 'hard'), session(c, 2, 'hard')], [])
    expect(texts(back)).toEqual([
      'Squats: 8 reps (from 10)',
      'Step-Ups: 10 reps (from 12)',
      'Plank: 25 s (from 30 s)',
      'Glute Bridge: 10 reps (from 12)',
    ])
    expect(back.every((s) => s.direction === 'back')).toBe(true)
  })

  it("goes by an exercise's own rating where it has one", () => {
    const rated = session(c, 2, 'right', { 0: 'easy', 2: 'hard' })
    const hardPlank = session(c, 1, 'easy', { 2: 'hard' })
    expect(texts(suggestSteps(c, [rated, hardPlank], []))).toEqual([
      'Squats: 11 reps (from 10)',
      'Plank: 25 s (from 30 s)',
    ])
  })

  it('applies into a new version and leaves the original as it was', () => {
    const next = applySteps(c, suggestSteps(c, [session(c, 2, 'easy')], []))
    expect(next.name).toBe('Legs v2')
    expect(next.items[0]!.reps).toBe(11)
    expect(next.items[2]!.seconds).toBe(35)
    expect(c.items[0]!.reps).toBe(10)
    expect(nextVersionName('Legs v2')).toBe('Legs v3')
  })

  it('steps the programme’s moves without waiting on history, and leaves a move at its hardest alone', () => {
    const row = circuit({
      name: 'Row',
      items: [
        { exercise: 'dumbbell-row', sets: 2, reps: 12, load: '10kg dumbbells' },
        { exercise: 'jump-squats', sets: 2, reps: 12 },
      ],
    })
    expect(steppedUp(row.items[0]!, row)).toMatchObject({ load: '12kg dumbbells', reps: 10 })
    // The row's dumbbell is at hand for the jump squat's harder version.
    expect(steppedUp(row.items[1]!, row)).toMatchObject({ variant: 'challenge' })
    // With no kit, a jump squat has nowhere further: its harder version needs kit, and a
    // jump is never slowed.
    const jumps = circuit({ name: 'J', items: [{ exercise: 'jump-squats', sets: 2, reps: 12 }] })
    expect(steppedUp(jumps.items[0]!, jumps)).toBe(jumps.items[0])
    expect(steppedUp(jumps.items[0]!, jumps, ['weight-vest'])).toMatchObject({
      variant: 'challenge',
    })
  })
})

describe('load steps', () => {
  const row = (load: string, reps = 12) =>
    circuit({ name: 'Row', items: [{ exercise: 'dumbbell-row', sets: 2, reps, load }] })
  /** Sessions of `cc` on the given days after MONDAY, newest first as the history may hold. */
  const days = (cc: Circuit, ds: number[], feeling: Feeling = 'easy') =>
    ds.map((d) => session(cc, MONDAY + d * DAY, feeling))

  it('steps a load only after four easy sessions at it, two of them at 12 reps, back to 10 reps', () => {
    const r = row('8 kg')
    expect(suggestSteps(r, days(r, [0, 2, 4]), [])).toEqual([])
    expect(suggestSteps(r, days(r, [0, 2, 4, 7]), [])).toEqual([
      {
        itemIndex: 0,
        direction: 'up',
        text: 'Dumbbell Row: 9 kg (from 8 kg), 10 reps (from 12)',
        patch: { load: '9 kg', reps: 10 },
      },
    ])
  })

  it('starts the count again after a session that was not easy, or was cut short', () => {
    const r = row('8 kg')
    const notEasy = [...days(r, [0, 2]), ...days(r, [4], 'right'), ...days(r, [7, 9, 11])]
    expect(suggestSteps(r, notEasy, [])).toEqual([])
    const short = [...days(r, [0, 2]), session(r, MONDAY + 4 * DAY, 'easy', {}, 1)]
    expect(suggestSteps(r, [...short, ...days(r, [7, 9, 11])], [])).toEqual([])
  })

  it('waits after a step: never two in a calendar week, and longer after a bigger jump', () => {
    const at8 = row('8 kg')
    const at9 = row('9 kg')
    const before = days(at8, [-14, -12, -10, -7])
    // Four easy sessions at 9 kg within one week: no second step that week.
    expect(suggestSteps(at9, [...before, ...days(at9, [0, 1, 2, 3])], [])).toEqual([])
    // 8 to 9 kg is an eighth more: four weeks at 4% a week, not three.
    expect(suggestSteps(at9, [...before, ...days(at9, [0, 2, 4, 7, 9, 21])], [])).toEqual([])
    expect(texts(suggestSteps(at9, [...before, ...days(at9, [0, 2, 4, 28])], []))).toEqual([
      'Dumbbell Row: 10 kg (from 9 kg), 10 reps (from 12)',
    ])
  })

  it('leaves a load it cannot read alone, and says why in plain words', () => {
    const vest = circuit({
      name: 'Vest',
      items: [{ exercise: 'squats', sets: 2, reps: 12, load: 'weight vest' }],
    })
    const steps = suggestSteps(vest, days(vest, [0, 2, 4, 7]), [])
    expect(steps).toEqual([
      {
        itemIndex: 0,
        direction: 'up',
        text: 'Squats: add weight when it feels easy; Runstrong could not read the load "weight vest" to step it',
        patch: {},
      },
    ])
    expect(applySteps(vest, steps).items).toEqual(vest.items)
  })
})

describe('loads as people write them', () => {
  it.each([
    ['8 kg', 8, 'kg', null, false, null, '9 kg'],
    ['2 x 6 kg', 6, 'kg', 2, false, null, '2 x 7 kg'],
    ['5 kg x 2', 5, 'kg', 2, false, null, '6 kg x 2'],
    ['8 kg each', 8, 'kg', null, true, null, '9 kg each'],
    ['6 kg each hand', 6, 'kg', null, true, null, '7 kg each hand'],
    ['10kg dumbbells', 10, 'kg', null, false, 'dumbbell', '12kg dumbbells'],
    ['16 kg kettlebell', 16, 'kg', null, false, 'kettlebell', '20 kg kettlebell'],
    ['12 kg KB', 12, 'kg', null, false, 'kettlebell', '16 kg KB'],
    ['20 pounds', 20, 'lb', null, false, null, '25 pounds'],
    ['20 lbs', 20, 'lb', null, false, null, '25 lbs'],
    ['20 lb', 20, 'lb', null, false, null, '25 lb'],
    ['8 kilos', 8, 'kg', null, false, null, '9 kilos'],
    ['7,5 kg', 7.5, 'kg', null, false, null, '8 kg'],
    ['12.5 kg', 12.5, 'kg', null, false, null, '14 kg'],
  ] as const)(
    'reads "%s" and steps it to a weight people own',
    (text, amount, unit, count, each, kind, stepped) => {
      expect(readLoad(text)).toMatchObject({ amount, unit, count, each, kind })
      expect(heavier(text)).toBe(stepped)
    },
  )

  it('steps in the weights sold: whole kilos to 10, then 2 kg; kettlebells 2 kg to 12, then 4; 5 lb', () => {
    expect(['1 kg', '9 kg', '9.5 kg', '10 kg', '11 kg', '14 kg'].map((t) => heavier(t))).toEqual([
      '2 kg',
      '10 kg',
      '10 kg',
      '12 kg',
      '12 kg',
      '16 kg',
    ])
    const bell = (t: string) => heavier(t, 'kettlebell')
    expect(['8 kg', '10 kg', '12 kg', '14 kg', '24 kg'].map(bell)).toEqual([
      '10 kg',
      '12 kg',
      '16 kg',
      '16 kg',
      '28 kg',
    ])
    // Never 15 lb to 16 lb: the next multiple of 5.
    expect(['15 lb', '17.5 lb', '45 lbs'].map((t) => heavier(t))).toEqual([
      '20 lb',
      '20 lb',
      '50 lbs',
    ])
  })

  it('reads nothing it would have to guess at', () => {
    for (const text of ['weight vest', 'red band', '8 kg + 4 kg', '0 kg', 'heavy', '8'])
      expect(readLoad(text), text).toBeNull()
  })
})

describe('a season of twelve weeks, every session rated easy, every suggestion applied', () => {
  const WEEKS = 12
  /** 2 to 3 sessions a week: Monday, Wednesday and Friday, then Tuesday and Thursday. */
  const seasonDays = Array.from({ length: WEEKS }, (_, w) =>
    (w % 2 === 0 ? [0, 2, 4] : [1, 3]).map((d) => new Date(2025, 0, 6 + w * 7 + d, 18).getTime()),
  ).flat()

  interface Played {
    at: number
    /** The circuit as done that session. */
    done: Circuit
    steps: Suggestion[]
  }

  function season(start: Circuit, owned: Equipment[]): { final: Circuit; played: Played[] } {
    let now = start
    const history: HistoryEntry[] = []
    const played: Played[] = []
    for (const at of seasonDays) {
      history.push(session(now, at, 'easy'))
      const steps = suggestSteps(now, history, owned)
      played.push({ at, done: now, steps })
      now = applySteps(now, steps)
    }
    return { final: now, played }
  }

  /** True for a weight people own: whole kilos to 10, then even (kettlebells: 4s past 12); 5 lb. */
  function owned(load: string, kettlebell: boolean): boolean {
    const l = readLoad(load)!
    if (l.unit === 'lb') return l.amount % 5 === 0
    if (l.amount <= 10) return Number.isInteger(l.amount) && (!kettlebell || l.amount % 2 === 0)
    return l.amount % (kettlebell && l.amount > 12 ? 4 : 2) === 0
  }

  /** The week of the season (1 to 12) that `ms` falls in. */
  const seasonWeek = (ms: number) =>
    1 + Math.round((weekStart(ms) - weekStart(seasonDays[0]!)) / (7 * DAY))

  it('steps loads at most once a week, after two easy sessions at 12, to weights people own, back to 10 reps', () => {
    const loaded = circuit({
      name: 'Loaded',
      items: [
        { exercise: 'dumbbell-row', sets: 2, reps: 12, perSide: true, load: '8 kg' },
        // No swing in the article's catalogue: a goblet squat, its harder version, instead.
        { exercise: 'squats', sets: 2, reps: 10, variant: 'challenge', load: '16 kg kettlebell' },
        { exercise: 'single-leg-deadlift', sets: 2, reps: 10, perSide: true, load: '20 lb' },
      ],
    })
    const { final, played } = season(loaded, ['dumbbell', 'kettlebell'])
    const figures = loaded.items.map((item, k) => {
      const stepAt = played.flatMap((p, i) =>
        p.steps.some((s) => s.itemIndex === k && s.patch.load) ? [i] : [],
      )
      return {
        k,
        name: getExercise(item.exercise).name,
        start: item.load!,
        end: final.items[k]!.load!,
        stepAt,
        weeks: stepAt.map((i) => seasonWeek(played[i]!.at)),
        loads: [...new Set([...played.map((p) => p.done.items[k]!.load!), final.items[k]!.load!])],
      }
    })
    console.log(
      `Season of ${seasonDays.length} sessions in ${WEEKS} weeks, all rated easy, every step applied:\n  ${figures
        .map(
          (f) =>
            `${f.start} ${f.name.toLowerCase()} after ${WEEKS} weeks: ${f.end} (load steps after weeks ${f.weeks.join(', ')}: ${f.loads.join(' > ')})`,
        )
        .join('\n  ')}`,
    )
    for (const f of figures) {
      expect(new Set(f.weeks).size, `${f.name}: one load step a week at most`).toBe(f.weeks.length)
      for (const i of f.stepAt) {
        const step = played[i]!.steps.find((s) => s.itemIndex === f.k)!
        expect(step.patch.reps, `${f.name}: back to 10 reps`).toBe(10)
        // The session that earned the step and the one before: both easy at 12 reps, this load.
        const [earned, before] = [played[i]!.done.items[f.k]!, played[i - 1]!.done.items[f.k]!]
        expect([earned.reps, before.reps]).toEqual([12, 12])
        expect(before.load).toBe(earned.load)
      }
      for (const l of f.loads) expect(owned(l, /kettlebell/.test(l)), `${f.name}: ${l}`).toBe(true)
      const [start, end] = [readLoad(f.start)!.amount, readLoad(f.end)!.amount]
      // Realistic for twelve weeks of strength work beside running: up, but by half at most.
      expect(end, f.name).toBeGreaterThan(start)
      expect(end / start, f.name).toBeLessThanOrEqual(1.5)
    }
  }, 10_000)

  it('moves every exercise of the No equipment preset on, with no kit, the tempo counted in the timeline', () => {
    const start = PRESETS.find((p) => p.id === 'preset-no-equipment')!.circuit
    const { final, played } = season(start, [])
    const everyItem = [...played.map((p) => p.done), final].flatMap((c) => c.items)
    for (const item of everyItem) {
      expect(item.load).toBeUndefined()
      if (item.variant === 'challenge')
        expect(getExercise(item.exercise).challenge.equipment, item.exercise).toEqual([])
    }
    const progressed = start.items.map((item, k) =>
      played.some((p) => p.steps.some((s) => s.itemIndex === k)),
    )
    expect(progressed).toEqual(start.items.map(() => true))
    const withSteps = played.filter((p) => p.steps.length > 0).length
    const lastStep = played.findLastIndex((p) => p.steps.length > 0) + 1
    const line = (item: Circuit['items'][number], k: number) => {
      const from = start.items[k]!
      const amount = (i: typeof item) =>
        i.seconds !== undefined
          ? `${i.seconds} s`
          : `${repsText(i.reps!, i.exercise)} at ${i.secondsPerRep ?? start.secondsPerRep} s a rep`
      const harder = item.variant === 'challenge' ? ', harder version' : ''
      const steps = played.filter((p) => p.steps.some((s) => s.itemIndex === k)).length
      return `${getExercise(item.exercise).name}: ${amount(from)} -> ${amount(item)}${harder} (${steps} steps)`
    }
    expect(plannedMs(final)).toBeGreaterThan(plannedMs(start))
    console.log(
      `No equipment, kit [], ${seasonDays.length} easy sessions: steps after ${withSteps} of them, the last after session ${lastStep}; planned ${formatClock(plannedMs(start))} -> ${formatClock(plannedMs(final))}\n  ${final.items.map(line).join('\n  ')}`,
    )
  }, 10_000)
})
