/**
 * A finished session as a FIT activity file, written with Garmin's own SDK, for Garmin
 * Connect's Import Data and Strava's Upload Activity: a strength-training session with its
 * start, total and active time, and each set (exercise, reps or length, weight) and rest.
 * The layout of sets and rests, and what is derived rather than measured, is `activity.ts`.
 * This module pulls in the SDK: the app loads it only when saving, and its build carries only
 * the part of the SDK's profile these messages need (`fit-profile.ts`).
 */
import { Encoder, Profile, Utils } from '@garmin/fitsdk'
import { activityOf, type ActivitySet } from './activity'
import { FIT_CATEGORY, fitExercise, type FitExercise } from './fit-exercises'
import { FIT_MESSAGES, type FitMessage } from './fit-profile'
import type { HistoryEntry } from './history'

/** The media type FIT files are registered under. */
export const FIT_MIME = 'application/vnd.ant.fit'

/** A message's number, from the SDK's profile. */
function mesgNum(name: string): number {
  const n = Profile.MesgNum[name]
  if (n === undefined) throw new Error(`The FIT profile has no ${name} message`)
  return n
}

const M = Object.fromEntries(FIT_MESSAGES.map((name) => [name, mesgNum(name)])) as Record<
  FitMessage,
  number
>

/** A whole-second date: FIT keeps times in seconds. */
const at = (ms: number) => new Date(Math.round(ms / 1000) * 1000)

/** One workout step per thing done: each exercise (and version), the warm-up, the cool-down. */
interface Step {
  name: string
  fit: FitExercise
  intensity: 'active' | 'warmup' | 'cooldown'
}

function stepOf(block: ActivitySet): Step {
  if (block.part === 'warmup' || block.part === 'cooldown')
    return { name: block.name ?? '', fit: { category: FIT_CATEGORY.warmUp }, intensity: block.part }
  return { name: block.name ?? '', fit: fitExercise(block.exercise ?? ''), intensity: 'active' }
}

/**
 * The FIT file of one session, as bytes. `utcOffsetMin` is the local time's offset from
 * UTC in minutes (east positive) when the session began: FIT's local timestamp.
 */
export function fitFile(
  entry: HistoryEntry,
  utcOffsetMin = -new Date(entry.startedAt).getTimezoneOffset(),
): Uint8Array {
  const activity = activityOf(entry)
  const start = at(activity.startMs)
  const end = at(activity.startMs + activity.totalMs)
  const totalSec = activity.totalMs / 1000
  const steps: Step[] = []
  const stepIndex = new Map<string, number>()
  const indexOf = (block: ActivitySet) => {
    const step = stepOf(block)
    const key = `${step.intensity}:${step.name}`
    if (!stepIndex.has(key)) stepIndex.set(key, steps.push(step) - 1)
    return stepIndex.get(key)!
  }
  const worked = activity.blocks
    .filter((b) => b.part !== 'rest')
    .map((b) => [b, indexOf(b)] as const)
  const stepOfBlock = new Map(worked)

  const fit = new Encoder()
  const write = (mesgNum: number, fields: Record<string, unknown>) =>
    fit.writeMesg({ mesgNum, ...fields })
  write(M.FILE_ID, {
    type: 'activity',
    manufacturer: 'development',
    product: 0,
    timeCreated: start,
  })
  write(M.DEVICE_INFO, {
    timestamp: start,
    deviceIndex: 'creator',
    manufacturer: 'development',
    product: 0,
    productName: 'Runstrong',
  })
  write(M.EVENT, { timestamp: start, event: 'timer', eventType: 'start' })
  // The exercises by name: Garmin Connect names a set by its category, this keeps ours too.
  write(M.WORKOUT, {
    wktName: entry.circuitName || 'Strength session',
    sport: 'training',
    subSport: 'strengthTraining',
    numValidSteps: steps.length,
  })
  steps.forEach((s, i) => {
    const exercise = {
      exerciseCategory: s.fit.category,
      ...(s.fit.subtype !== undefined ? { exerciseName: s.fit.subtype } : {}),
    }
    write(M.WORKOUT_STEP, {
      messageIndex: i,
      wktStepName: s.name,
      durationType: 'open',
      intensity: s.intensity,
      ...exercise,
    })
    write(M.EXERCISE_TITLE, { messageIndex: i, wktStepName: s.name, ...exercise })
  })
  activity.blocks.forEach((b, i) => {
    const step = stepOfBlock.get(b)
    const fitEx = step === undefined ? undefined : steps[step]!.fit
    write(M.RECORD, { timestamp: at(b.startMs) })
    write(M.SET, {
      messageIndex: i,
      timestamp: at(b.startMs + (b.durationMs ?? 0)),
      startTime: at(b.startMs),
      setType: b.part === 'rest' ? 'rest' : 'active',
      ...(b.durationMs !== undefined ? { duration: b.durationMs / 1000 } : {}),
      ...(b.reps !== undefined ? { repetitions: b.reps } : {}),
      ...(b.weight
        ? { weight: b.weight.kg, weightDisplayUnit: b.weight.unit === 'kg' ? 'kilogram' : 'pound' }
        : {}),
      ...(fitEx
        ? {
            category: [fitEx.category],
            ...(fitEx.subtype !== undefined ? { categorySubtype: [fitEx.subtype] } : {}),
            wktStepIndex: step,
          }
        : {}),
    })
  })
  write(M.RECORD, { timestamp: end })
  write(M.EVENT, { timestamp: end, event: 'timer', eventType: 'stopAll' })
  const span = {
    timestamp: end,
    startTime: start,
    totalElapsedTime: totalSec,
    totalTimerTime: totalSec,
  }
  const sport = { sport: 'training', subSport: 'strengthTraining' }
  write(M.LAP, { messageIndex: 0, event: 'lap', eventType: 'stop', ...span, ...sport })
  write(M.SESSION, {
    messageIndex: 0,
    event: 'session',
    eventType: 'stop',
    ...span,
    ...sport,
    ...(activity.activeMs !== undefined ? { activeTime: activity.activeMs / 1000 } : {}),
    firstLapIndex: 0,
    numLaps: 1,
  })
  write(M.ACTIVITY, {
    timestamp: end,
    totalTimerTime: totalSec,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
    localTimestamp: (end.getTime() - Utils.FIT_EPOCH_MS) / 1000 + utcOffsetMin * 60,
  })
  return fit.close()
}

/** A file name for the session: its local start time and circuit, `.fit`. */
export function fitFileName(entry: HistoryEntry): string {
  const d = new Date(entry.startedAt)
  const two = (n: number) => String(n).padStart(2, '0')
  const when = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}`
  const name = entry.circuitName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return `runstrong-${when}${name ? `-${name}` : ''}.fit`
}
