import { describe, expect, it } from 'vitest'
import { EQUIPMENT_IDS, findExercise, type Equipment } from '@shared/circuits/exercises'
import type { CircuitItem } from '@shared/circuits/circuit'
import type { Focus } from '@shared/training/generator-options'
import type { Feeling, HistoryEntry } from '@shared/training/history'
import { steppedUp } from '@shared/training/overload'
import { weekPlanSchema } from '@shared/training/plan-schema'
import { DEFAULT_PLAN, startProgramme, strengthDays } from '@shared/training/planner'
import {
  FULL_PROGRAMME_WORKOUTS,
  countsForProgramme,
  programmeStatus,
  programmeWeekName,
  stepsByWeek,
  whatComesNext,
  type Programme,
} from '@shared/training/programme'
import { programmeCircuit, programmeSteps } from '@shared/training/programme-circuit'

const START = new Date('2026-03-02T08:00:00').getTime() // a Monday
const DAY = 86_400_000
const WEEK = 7 * DAY
const p: Programme = {
  startedAt: START,
  seed: 11,
  minutes: 25,
  focus: 'full-body',
  beginner: false,
  equipment: ['mat'],
}

const session = (week: number, atMs: number, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id: String(atMs),
  circuitName: programmeWeekName(week),
  startedAt: atMs,
  plannedMs: 1_500_000,
  actualMs: 1_500_000,
  effortsDone: 10,
  effortsSkipped: 0,
  effortsTotal: 10,
  endedEarly: false,
  exercises: [],
  ...extra,
})

/** One session in each of the first `n` calendar weeks, each with the feeling given. */
const weeksDone = (feelings: (Feeling | undefined)[]) =>
  feelings.map((feeling, w) => session(w + 1, START + w * WEEK + DAY, feeling ? { feeling } : {}))

const exercisesOf = (items: readonly CircuitItem[]) => items.map((i) => i.exercise)

/** A spread of programmes: every focus, both levels, 10 to 60 minutes, any kit. */
function programmes(count: number): Programme[] {
  const focuses: Focus[] = ['full-body', 'legs-glutes', 'core', 'power']
  return Array.from({ length: count }, (_, i) => {
    // A cheap scramble of the index so kit, minutes and focus do not move in step.
    const h = Math.imul(i + 1, 2654435761) >>> 0
    return {
      startedAt: START,
      seed: (h % 1_000_000_000) + i,
      minutes: 10 + (h % 51),
      focus: focuses[(h >>> 8) % focuses.length]!,
      beginner: ((h >>> 12) & 1) === 1,
      equipment: EQUIPMENT_IDS.filter((_, k) => ((h >>> (16 + k)) & 1) === 1),
    }
  })
}

/** True when the move, in the version given, needs only kit in `owned`. */
function needsOnly(item: CircuitItem, owned: ReadonlySet<Equipment>): boolean {
  const e = findExercise(item.exercise)!
  const standard = e.equipment.every((group) => group.some((k) => owned.has(k)))
  const extra = e.challenge.equipment
  const harder =
    item.variant !== 'challenge' || extra.length === 0 || extra.some((k) => owned.has(k))
  return standard && harder
}

/** True when the item is above the article's plain prescription: a harder version. */
function harderThanPlain(item: CircuitItem): boolean {
  const rx = findExercise(item.exercise)!.prescription
  if (item.variant === 'challenge' || item.load !== undefined) return true
  if (item.seconds !== undefined) return item.seconds > (rx.secondsMax ?? rx.seconds ?? Infinity)
  return (item.reps ?? 0) > (rx.reps ?? Infinity)
}

describe('the six-week programme', () => {
  it('counts a session only when at least two thirds of its efforts were done', () => {
    const efforts = (done: number, total: number) =>
      session(1, START + DAY, { effortsDone: done, effortsTotal: total })
    expect(countsForProgramme(efforts(2, 3))).toBe(true)
    expect(countsForProgramme(efforts(20, 30))).toBe(true)
    expect(countsForProgramme(efforts(19, 30))).toBe(false)
    expect(countsForProgramme(efforts(0, 0))).toBe(false)
    // A one-minute session left early is not a programme week.
    const leftEarly = session(1, START + DAY, {
      actualMs: 60_000,
      endedEarly: true,
      effortsDone: 1,
      effortsTotal: 12,
    })
    expect(programmeStatus(p, [leftEarly], START + 2 * DAY)).toMatchObject({
      week: 1,
      doneThisWeek: 0,
      notCountedThisWeek: 1,
    })
    expect(programmeStatus(p, [leftEarly], START + WEEK + DAY).week).toBe(1)
    const enough = session(1, START + DAY, { effortsDone: 8, effortsTotal: 12 })
    expect(programmeStatus(p, [enough], START + WEEK + DAY).week).toBe(2)
  })

  it('keeps the same exercises for weeks 1 and 2, and for each two weeks after', () => {
    for (const q of programmes(50)) {
      expect(programmeCircuit(q, 2).items).toEqual(programmeCircuit(q, 1).items)
      expect(programmeCircuit(q, 4).items).toEqual(programmeCircuit(q, 3).items)
      expect(programmeCircuit(q, 6).items).toEqual(programmeCircuit(q, 5).items)
    }
    expect(programmeCircuit(p, 5).name).toBe('Six weeks · Week 5 of 6')
  }, 20_000)

  it('steps up with new exercises or harder versions of moves done before, within the kit', () => {
    const SEEDS = 500
    let notOwned = 0
    let harderOfNew = 0
    let harderOfDone = 0
    let newMoves = 0
    const kinds = { new: 0, harder: 0 }
    for (const q of programmes(SEEDS)) {
      const owned = new Set(q.equipment)
      const steps = programmeSteps(q)
      expect(steps.map((s) => s.kind)[0]).toBe('first')
      const done = new Set<string>()
      steps.forEach(({ kind, circuit }, i) => {
        for (const item of circuit.items) {
          if (!needsOnly(item, owned)) notOwned++
          if (done.has(item.exercise)) {
            if (i > 0 && harderThanPlain(item)) harderOfDone++
          } else {
            newMoves++
            if (harderThanPlain(item)) harderOfNew++
          }
        }
        if (i > 0) {
          const prev = steps[i - 1]!.circuit
          kinds[kind === 'new' ? 'new' : 'harder']++
          if (kind === 'harder') {
            // Harder: the same moves, each as it was or one step up by the overload rules.
            expect(exercisesOf(circuit.items)).toEqual(exercisesOf(prev.items))
            circuit.items.forEach((item, k) =>
              expect([prev.items[k], steppedUp(prev.items[k]!, prev)]).toContainEqual(item),
            )
          } else {
            expect(exercisesOf(circuit.items).some((x) => !done.has(x))).toBe(true)
          }
        }
        circuit.items.forEach((x) => done.add(x.exercise))
      })
    }
    console.log(
      `programme: ${SEEDS} seeds, ${notOwned} moves needing kit not owned, ${harderOfNew} harder versions of moves not done before (${harderOfDone} of moves done before; ${newMoves} new moves; later steps ${kinds.new} new, ${kinds.harder} harder)`,
    )
    expect(notOwned).toBe(0)
    expect(harderOfNew).toBe(0)
    // Not vacuous: moves done before do get harder, and both kinds of step occur.
    expect(harderOfDone).toBeGreaterThan(0)
    expect(kinds.new).toBeGreaterThan(0)
    expect(kinds.harder).toBeGreaterThan(0)
  }, 60_000)

  it('holds the step after a week rated hard instead of climbing', () => {
    expect(stepsByWeek([false, false, false, false, false])).toEqual([0, 0, 1, 1, 2, 2])
    // Week 2 felt hard: week 3 is still at the first step, week 4 climbs.
    expect(stepsByWeek([false, true, false, false, false])).toEqual([0, 0, 0, 1, 1, 2])
    // Week 4 felt hard: week 5 stays at the second step.
    expect(stepsByWeek([false, false, false, true, false])).toEqual([0, 0, 1, 1, 1, 2])
    const hard = programmeStatus(p, weeksDone(['right', 'hard']), START + 2 * WEEK + DAY)
    expect(hard).toMatchObject({ week: 3, step: 0, held: true })
    expect(programmeCircuit(p, 3, hard.step).items).toEqual(programmeCircuit(p, 1).items)
    const fine = programmeStatus(p, weeksDone(['right', 'easy']), START + 2 * WEEK + DAY)
    expect(fine).toMatchObject({ week: 3, step: 1, held: false })
    // Unrated weeks climb as planned; one hard of two sessions is a hard week.
    expect(programmeStatus(p, weeksDone([undefined, undefined]), START + 2 * WEEK).step).toBe(1)
    const split = [
      session(1, START + DAY),
      session(2, START + WEEK + DAY, { feeling: 'hard' }),
      session(2, START + WEEK + 3 * DAY, { feeling: 'easy' }),
    ]
    expect(programmeStatus(p, split, START + 2 * WEEK).step).toBe(0)
  })

  it('allows one session a week, and caps a programme at three', () => {
    const one = startProgramme({ ...DEFAULT_PLAN, sessions: 1 }, p)
    expect(one.sessions).toBe(1)
    expect(strengthDays(one)).toHaveLength(1)
    for (let sessions = 1; sessions <= 5; sessions++) {
      const plan = startProgramme({ ...DEFAULT_PLAN, sessions }, p)
      const workouts = strengthDays(plan).length * 6
      expect(workouts).toBeGreaterThanOrEqual(6)
      expect(workouts).toBeLessThanOrEqual(18)
      expect(weekPlanSchema.parse(plan).programme).toEqual(p)
    }
    expect(FULL_PROGRAMME_WORKOUTS).toBe(12)
  })

  it('says which week the runner is in, and a missed week shifts the rest instead of piling up', () => {
    expect(programmeStatus(p, [], START + 2 * DAY)).toMatchObject({
      week: 1,
      doneThisWeek: 0,
      step: 0,
    })
    const history = [session(1, START + DAY), session(1, START + 3 * DAY)]
    expect(programmeStatus(p, history, START + 4 * DAY)).toMatchObject({
      week: 1,
      doneThisWeek: 2,
    })
    expect(programmeStatus(p, history, START + 8 * DAY).week).toBe(2)
    // Week 2 of the calendar passes with nothing done: the runner is still in week 2.
    expect(programmeStatus(p, history, START + 15 * DAY).week).toBe(2)
  })

  it('ends after six weeks with sessions, and says what comes next', () => {
    const history = weeksDone([undefined, undefined, undefined, undefined, undefined, undefined])
    expect(programmeStatus(p, history, START + 6 * WEEK + DAY).week).toBeNull()
    expect(whatComesNext(p, 2)).toMatch(/^Next: .*step up.*2 to 3 sessions a week/)
    expect(whatComesNext({ ...p, beginner: true }, 1)).toMatch(/building up to 2 sessions a week/)
  })
})

describe('the programme keeps the coaching rules', () => {
  it('every week of every programme: jumps first and rested, three exercises, a cool-down', async () => {
    const { coachingProblems } = await import('@shared/training/coaching')
    let circuits = 0
    const broken: string[] = []
    for (let seed = 0; seed < 40; seed++)
      for (const focus of ['full-body', 'legs-glutes', 'core', 'power'] as Focus[])
        for (let week = 1; week <= 6; week++) {
          const p = {
            startedAt: 0,
            seed,
            minutes: 20 + (seed % 4) * 5,
            focus,
            beginner: seed % 2 === 0,
            equipment: (seed % 3 === 0 ? [] : ['mat', 'dumbbell']) as Equipment[],
          }
          const c = programmeCircuit(p, week)
          circuits += 1
          for (const problem of coachingProblems(c, focus === 'full-body'))
            broken.push(`${seed} ${focus} week ${week}: ${problem}`)
        }
    console.log(`programme: ${circuits} week circuits, ${broken.length} breaking a coaching rule`)
    expect(broken.slice(0, 20)).toEqual([])
  }, 60_000)
})
