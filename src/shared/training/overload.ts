/**
 * Progressive overload, by the article: 10 to 12 good reps; 15 easy reps means the load is
 * too light; build up slowly. From how the last sessions felt, one step per exercise (the
 * steps themselves are `progressions.ts`, loads `loads.ts`): reps toward 12, then more load
 * with reps back to 10, at most once a week and only after two easy sessions at 12; with no
 * load, the harder version where it needs no kit the runner lacks, else a slower tempo; a
 * step back after "hard" twice. Suggestions only: applying them makes a new version.
 */
import { equipmentGroups, LIMITS, type Circuit, type CircuitItem } from '../circuits/circuit'
import { findExercise, type Equipment, type Exercise } from '../circuits/exercises'
import { weekStart } from './calendar'
import type { Feeling, HistoryEntry } from './history'
import { loadRise, sameLoad } from './loads'
import { progress, REPS_BOTTOM, REPS_TOP, stepBack, stepUp, type Step } from './progressions'

export { heavier, readLoad } from './loads'

export interface Suggestion extends Step {
  itemIndex: number
  direction: 'up' | 'back'
}

/** After a session rated easy as a whole, at most this many exercises step up. */
const SESSION_STEPS = 3
/**
 * Easy sessions in a row at the current load before it steps: two at the top of the range,
 * after the two it takes to climb from 10 reps to 12 (one rep a session). History keeps each
 * session's load but not its reps, so the climb is counted in: after a step taken with its
 * reps back to 10, four easy sessions are two at 10 and 11 and two at 12; a load begun at 12
 * reps waits longer, and one whose rep steps were left untaken could step after one at 12.
 */
const EASY_SESSIONS_FOR_LOAD = 2 + (REPS_TOP - REPS_BOTTOM)
/**
 * How fast a load may climb on average, as a share a week. The article says to build up
 * slowly and is silent on how slowly; a coach spaces bigger jumps further apart, since 10 to
 * 12 kg (a fifth more) is a bigger step than 8 to 9 kg, and keeps a runner's strength work
 * on the slow side of the usual 2 to 10% a week, as running already loads the legs. 4% a
 * week waits 4 weeks after 8 to 9 kg and 7 after a 16 to 20 kg kettlebell, and never less
 * than the next calendar week: at most one load step a week.
 */
const LOAD_RISE_PER_WEEK = 0.04
const WEEK_MS = 7 * 24 * 3600 * 1000

/** One session of an exercise, as the history has it. */
interface Done {
  startedAt: number
  /** Its own rating where given, else the session's; undefined when neither was given. */
  feeling: Feeling | undefined
  own: boolean
  load: string | undefined
  /** Every set planned was done: an easy session left half done says little. */
  complete: boolean
}

/** The sessions that did this exercise (a set or more), newest first. */
function sessionsOf(exercise: string, history: readonly HistoryEntry[]): Done[] {
  return [...history]
    .sort((a, b) => b.startedAt - a.startedAt)
    .flatMap((h): Done[] => {
      const rec = h.exercises.find((e) => e.exercise === exercise && e.setsDone > 0)
      if (!rec) return []
      return [
        {
          startedAt: h.startedAt,
          feeling: rec.feeling ?? h.feeling,
          own: rec.feeling !== undefined,
          load: rec.load,
          complete: rec.setsDone >= rec.setsPlanned,
        },
      ]
    })
}

/** Whole calendar weeks from the week of `from` to the week of `to`. */
const weeksBetween = (from: number, to: number) =>
  Math.round((weekStart(to) - weekStart(from)) / WEEK_MS)

/**
 * Whether the item's load may step now: enough easy sessions in a row at this load, every
 * set done (an unrated session is passed over), and, where the history shows the step to
 * this load, enough calendar weeks since it was first lifted.
 */
function loadStepDue(item: CircuitItem, sessions: readonly Done[]): boolean {
  const atLoad = sessions.findIndex((s) => !sameLoad(s.load, item.load))
  const current = atLoad === -1 ? sessions : sessions.slice(0, atLoad)
  let easy = 0
  for (const s of current) {
    if (s.feeling === undefined) continue
    if (s.feeling !== 'easy' || !s.complete) break
    easy++
  }
  if (easy < EASY_SESSIONS_FOR_LOAD) return false
  const before = atLoad === -1 ? undefined : sessions[atLoad]
  // No step to this load in the history: it is where the runner started.
  if (!before) return true
  const rise = loadRise(before.load, item.load) ?? 0
  const weeks = Math.max(1, Math.ceil(rise / LOAD_RISE_PER_WEEK - 1e-9))
  return weeksBetween(current[current.length - 1]!.startedAt, current[0]!.startedAt) >= weeks
}

/**
 * The kit a harder version may need: the runner's own, and what the circuit certainly uses
 * already (a need met by one thing only, the row's dumbbell). "A dumbbell or a kettlebell"
 * says one of them is at hand, not which, so it adds neither.
 */
function kitAtHand(circuit: Circuit, owned: readonly Equipment[]): Set<Equipment> {
  const certain = equipmentGroups(circuit).filter((g) => g.length === 1)
  return new Set([...owned, ...certain.flat()])
}

/**
 * The item one step further along the article's progression (reps toward 12, then load
 * with reps back to 10, or the harder version, or a slower tempo; holds toward the top of
 * their range), or the item itself when it has nowhere further to go. Harder versions use
 * only `owned` kit and what the circuit certainly uses. Used by the programme, which steps
 * by the calendar rather than by how sessions felt.
 */
export function steppedUp(
  item: CircuitItem,
  circuit: Circuit,
  owned: readonly Equipment[] = [],
): CircuitItem {
  const e = findExercise(item.exercise)
  const ctx = { kit: kitAtHand(circuit, owned), secondsPerRep: circuit.secondsPerRep }
  const step = e && stepUp(item, e, { ...ctx, loadDue: true })
  return step && Object.keys(step.patch).length > 0 ? { ...item, ...step.patch } : item
}

/**
 * One suggestion at most per item, from the history of its exercise: a step back after
 * hard twice in a row; a step up when the exercise itself was last rated easy; and after a
 * session rated easy as a whole, a step up for the three exercises furthest behind. A load
 * steps at most once a calendar week, after enough easy sessions at 12 reps. A harder
 * version never needs kit beyond `owned` (the runner's kit, from Settings) and what the
 * circuit certainly uses. A load that cannot be read gets a note (no change) saying so.
 */
export function suggestSteps(
  circuit: Circuit,
  history: readonly HistoryEntry[],
  owned: readonly Equipment[],
): Suggestion[] {
  const kit = kitAtHand(circuit, owned)
  const out: Suggestion[] = []
  const sessionEasy: { suggestion: Suggestion; progress: number }[] = []
  circuit.items.forEach((item, itemIndex) => {
    const e: Exercise | undefined = findExercise(item.exercise)
    if (!e) return
    const sessions = sessionsOf(item.exercise, history)
    const [last, before] = sessions.filter((s) => s.feeling !== undefined)
    if (last?.feeling === 'hard' && before?.feeling === 'hard') {
      const step = stepBack(item, e)
      if (step) out.push({ itemIndex, direction: 'back', ...step })
    } else if (last?.feeling === 'easy') {
      const loadDue = item.load !== undefined && loadStepDue(item, sessions)
      const step = stepUp(item, e, { kit, secondsPerRep: circuit.secondsPerRep, loadDue })
      if (!step) return
      const suggestion: Suggestion = { itemIndex, direction: 'up', ...step }
      // A note changes nothing, so it takes none of the session's few steps.
      const note = Object.keys(step.patch).length === 0
      if (last.own || note) out.push(suggestion)
      else sessionEasy.push({ suggestion, progress: progress(item, e, circuit.secondsPerRep) })
    }
  })
  const furthestBehind = sessionEasy
    .sort((a, b) => a.progress - b.progress)
    .slice(0, SESSION_STEPS)
    .map((x) => x.suggestion)
  return [...out, ...furthestBehind].sort((a, b) => a.itemIndex - b.itemIndex)
}

/** "Legs" becomes "Legs v2"; "Legs v2" becomes "Legs v3". */
export function nextVersionName(name: string): string {
  const m = /^(.*) v(\d+)$/.exec(name)
  const next = m ? `${m[1] as string} v${Number(m[2]) + 1}` : `${name} v2`
  return next.slice(0, LIMITS.nameChars)
}

/** The circuit with the suggestions applied, as a new version. */
export function applySteps(circuit: Circuit, steps: readonly Suggestion[]): Circuit {
  return {
    ...circuit,
    name: nextVersionName(circuit.name),
    items: circuit.items.map((item, i) => {
      const s = steps.find((x) => x.itemIndex === i)
      return s ? { ...item, ...s.patch } : item
    }),
  }
}
