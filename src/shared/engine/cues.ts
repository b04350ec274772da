/**
 * Cue scheduling: which tones and spoken lines belong to a phase, and when. Pure: the
 * renderer's runner asks what falls due between two moments and plays it.
 */
import { routineMoveAt, ROUTINE_MIN_SLOT_MS } from '../circuits/routines'
import { describePhase } from './describe-phase'
import { formatSpokenDuration } from './format'
import { isEffort, type Phase, type Timeline } from './timeline'

export type SoundId = 'pip' | 'start' | 'rest' | 'switch' | 'halfway' | 'fanfare' | 'tick'

/** Higher wins: a line of higher priority interrupts a lower one. */
export const PRIORITY = { tick: 0, info: 1, halfway: 2, announce: 3, done: 4 } as const

/** A spoken line; `short` is said instead when the full line would run into the pips. */
export interface Line {
  text: string
  short?: string
  priority: number
}

/** A cue inside a phase, placed by the time left when it falls due. */
export interface Cue {
  atRemainingMs: number
  sound?: SoundId
  say?: Line
}

/** Pips before the end of every phase, in ms left. */
export const PIP_TIMES_MS = [3000, 2000, 1000] as const
/** Efforts at least this long get a halfway cue. */
const HALFWAY_MIN_MS = 20_000

/** What is said and played as a phase begins. */
export function entryCue(timeline: Timeline, index: number): { sound?: SoundId; say?: Line } {
  const phase = timeline.phases[index]
  if (!phase) {
    return {
      sound: 'fanfare',
      say: { text: 'Session complete. Well done', priority: PRIORITY.done },
    }
  }
  const length = formatSpokenDuration(phase.durationMs)
  switch (phase.kind) {
    case 'warmup': {
      const move = routineMoveAt(phase, 0).move.name
      return {
        sound: 'start',
        say: { text: `Warm-up, ${length}. ${move}`, short: 'Warm-up', priority: PRIORITY.announce },
      }
    }
    case 'cooldown': {
      const move = routineMoveAt(phase, 0).move.name
      return {
        sound: 'rest',
        say: {
          text: `Cool-down, ${length}. ${move}`,
          short: 'Cool-down',
          priority: PRIORITY.announce,
        },
      }
    }
    case 'switch':
      return { sound: 'switch', say: { text: 'Switch sides', priority: PRIORITY.announce } }
    case 'rest': {
      const next = describePhase(phase).name
      return {
        sound: 'rest',
        say: {
          text: next ? `Rest, ${length}. Next: ${next}` : `Rest, ${length}`,
          short: 'Rest',
          priority: PRIORITY.announce,
        },
      }
    }
    case 'work':
    case 'hold': {
      const w = describePhase(phase)
      const name = w.name ?? ''
      const counter =
        w.counter && phase.counter
          ? w.last
            ? `Last ${phase.counter.label.toLowerCase()}`
            : w.counter
          : ''
      const amount = w.spokenAmount
      const side = w.side ? `${w.side} side` : ''
      // The right side follows a switch that already named the exercise.
      const text =
        phase.side === 'right'
          ? [side, amount].join('. ')
          : [name, counter, amount, side].filter(Boolean).join('. ')
      return {
        sound: 'start',
        say: { text, short: phase.side === 'right' ? side : name, priority: PRIORITY.announce },
      }
    }
  }
}

/**
 * The cues inside a phase (entry excluded), latest-first by time left: halfway, warm-up
 * moves, an optional rep cadence tick, and the 3-2-1 pips before the end.
 */
export function phaseCues(phase: Phase, phaseDurationMs: number, cadence: boolean): Cue[] {
  const cues: Cue[] = []
  if (isEffort(phase) && phase.durationMs >= HALFWAY_MIN_MS) {
    cues.push({
      atRemainingMs: Math.round(phase.durationMs / 2),
      sound: 'halfway',
      say: { text: 'Halfway', priority: PRIORITY.halfway },
    })
  }
  if (
    (phase.kind === 'warmup' || phase.kind === 'cooldown') &&
    phase.durationMs >= 2 * ROUTINE_MIN_SLOT_MS
  ) {
    // Each move is said as the screen shows it: at the start of its slot.
    for (let at = routineMoveAt(phase, 0); at.index < at.count - 1;) {
      const startMs = at.slotEndMs
      at = routineMoveAt(phase, startMs)
      const move = at.move
      cues.push({
        atRemainingMs: phase.durationMs - startMs,
        say: { text: `${move.name}. ${move.cue}`, short: move.name, priority: PRIORITY.info },
      })
    }
  }
  if (cadence && phase.kind === 'work' && phase.reps !== undefined && phase.secondsPerRep) {
    const stepMs = Math.round(phase.secondsPerRep * 1000)
    for (let t = stepMs; t < phase.durationMs; t += stepMs) {
      const at = phase.durationMs - t
      if (!PIP_TIMES_MS.some((p) => Math.abs(p - at) < 200))
        cues.push({ atRemainingMs: at, sound: 'tick' })
    }
  }
  for (const at of PIP_TIMES_MS) {
    if (at < phaseDurationMs) cues.push({ atRemainingMs: at, sound: 'pip' })
  }
  return cues.sort((a, b) => b.atRemainingMs - a.atRemainingMs)
}

/**
 * The cues that fall due as the time left goes from `fromRemainingMs` (exclusive) down to
 * `toRemainingMs` (inclusive), dropping those more than `lateMs` overdue.
 */
export function cuesDue(
  cues: readonly Cue[],
  fromRemainingMs: number,
  toRemainingMs: number,
  lateMs: number,
): Cue[] {
  return cues.filter(
    (c) =>
      c.atRemainingMs < fromRemainingMs &&
      c.atRemainingMs >= toRemainingMs &&
      c.atRemainingMs - toRemainingMs <= lateMs,
  )
}

/** The time left at which the next cue falls due, strictly below `remainingMs`, or null. */
export function nextCueRemainingMs(cues: readonly Cue[], remainingMs: number): number | null {
  for (const c of cues) if (c.atRemainingMs < remainingMs) return c.atRemainingMs
  return null
}

/** Roughly how long a line takes to say, in ms (about 2.7 words a second, plus pauses). */
export function estimateSpeechMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  const pauses = (text.match(/[.,:]/g) ?? []).length
  return 400 + words * 370 + pauses * 200
}

export interface SpeechOutput {
  speak(text: string): void
  cancel(): void
}

interface Queued {
  line: Line
  queuedAtMs: number
}

/**
 * A speech queue with priorities. A line never runs into the pips: when the whole line
 * would overlap the next quiet window it falls back to its short form, or is dropped.
 * A line still waiting after `maxDelayMs` is dropped rather than said late.
 */
export class SpeechQueue {
  private queue: Queued[] = []
  private speaking: { line: Line; endsAtMs: number } | null = null

  constructor(
    private readonly out: SpeechOutput,
    private readonly maxDelayMs = 1500,
  ) {}

  /**
   * Offers a line at `nowMs`. `quietAtMs` is when the next pips start (or null): speech
   * must be over by then. Returns the text actually said or queued, or null if dropped.
   */
  say(line: Line, nowMs: number, quietAtMs: number | null): string | null {
    this.settle(nowMs)
    if (this.speaking && line.priority > this.speaking.line.priority) {
      this.out.cancel()
      this.speaking = null
      this.queue = this.queue.filter((q) => q.line.priority >= line.priority)
    }
    if (this.speaking) {
      this.queue.push({ line, queuedAtMs: nowMs })
      this.queue.sort((a, b) => b.line.priority - a.line.priority)
      return line.text
    }
    return this.start(line, nowMs, quietAtMs)
  }

  /** Lets the queue move on at `nowMs`: call on every wake-up. */
  pump(nowMs: number, quietAtMs: number | null): string | null {
    this.settle(nowMs)
    if (this.speaking) return null
    while (this.queue.length > 0) {
      const next = this.queue.shift() as Queued
      if (nowMs - next.queuedAtMs > this.maxDelayMs) continue
      const said = this.start(next.line, nowMs, quietAtMs)
      if (said) return said
    }
    return null
  }

  /** Stops speech and forgets every queued line. */
  clear(): void {
    this.queue = []
    if (this.speaking) this.out.cancel()
    this.speaking = null
  }

  private settle(nowMs: number): void {
    if (this.speaking && nowMs >= this.speaking.endsAtMs) this.speaking = null
  }

  private start(line: Line, nowMs: number, quietAtMs: number | null): string | null {
    const fits = (text: string) => quietAtMs === null || nowMs + estimateSpeechMs(text) <= quietAtMs
    const text = fits(line.text) ? line.text : line.short && fits(line.short) ? line.short : null
    if (text === null) return null
    this.out.speak(text)
    this.speaking = { line, endsAtMs: nowMs + estimateSpeechMs(text) }
    return text
  }
}
