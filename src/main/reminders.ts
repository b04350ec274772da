import { todayLine, weekdayIndex, type WeekPlan } from '@shared/training/planner'
import { PRESETS } from '@shared/circuits/presets'
import { programmeCircuitName } from '@shared/training/planner'
import type { Stores } from './data'
import type { Notifier } from './notifications'
import type { Reminders } from '@shared/data/settings'

/** What a reminder says: today's line from the week plan, or plainly that it is a strength day. */
export function reminderText(plan: WeekPlan, nowMs: number, circuitName?: string): string {
  const line = todayLine(plan, nowMs, circuitName)
  // Reminder days can be set apart from the plan's: then the plan's line would not fit.
  return line.startsWith('Strength') ? line : 'Strength today: warm up first, then 20 to 30 minutes'
}

/** The local time `time` ("HH:MM") on the calendar day of `ms`, shifted by `addDays`. */
function atLocal(ms: number, addDays: number, time: string): number {
  const d = new Date(ms)
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays, hh, mm).getTime()
}

/** The next reminder strictly after `afterMs` (local time, so it follows daylight saving). */
export function nextReminderAt(r: Reminders, afterMs: number): number | null {
  if (!r.on || r.days.length === 0) return null
  for (let i = 0; i <= 7; i++) {
    const at = atLocal(afterMs, i, r.time)
    if (at > afterMs && r.days.includes(weekdayIndex(at))) return at
  }
  return null
}

export interface ReminderDeps {
  now: () => number
  setTimer: (fn: () => void, ms: number) => unknown
  clearTimer: (handle: unknown) => void
  /** Shows the reminder for the occurrence at `atMs`. */
  show: (atMs: number) => void
  /** When a reminder was last shown, kept across restarts. */
  lastShown: () => number
  setLastShown: (ms: number) => void
}

/** Timers never wait longer than this, so sleep and clock changes are caught up soon after. */
export const MAX_WAIT_MS = 60 * 60 * 1000

/**
 * Schedules reminders from the settings. Every due time is after the last one shown, so a
 * restart never shows one twice; one missed earlier the same day (app closed, machine
 * asleep) is shown once, older ones are not.
 */
export class ReminderScheduler {
  private timer: unknown = null
  private reminders: Reminders | null = null

  constructor(private readonly deps: ReminderDeps) {}

  /** At launch: shows one missed earlier today, then waits for the next. */
  start(r: Reminders): void {
    this.reminders = r
    this.arm()
  }

  /** New settings: nothing before now is shown for them. */
  update(r: Reminders): void {
    const now = this.deps.now()
    if (this.deps.lastShown() < now) this.deps.setLastShown(now)
    this.reminders = r
    this.arm()
  }

  stop(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer)
    this.timer = null
  }

  private arm(): void {
    this.stop()
    const r = this.reminders
    if (!r) return
    const now = this.deps.now()
    const startOfToday = atLocal(now, 0, '00:00')
    const due = nextReminderAt(r, Math.max(this.deps.lastShown(), startOfToday - 1))
    if (due === null) return
    if (due <= now) {
      this.deps.setLastShown(due)
      this.deps.show(due)
      this.arm()
      return
    }
    this.timer = this.deps.setTimer(() => this.arm(), Math.min(due - now, MAX_WAIT_MS))
  }
}

export interface ReminderSetup {
  stores: Pick<Stores, 'plan' | 'circuits' | 'history'>
  notifier: Pick<Notifier, 'show'>
  state: { lastShown: number }
  /** A click on a reminder: show the app on its Circuits screen. */
  openCircuits: () => void
  now?: () => number
  setTimer?: ReminderDeps['setTimer']
  clearTimer?: ReminderDeps['clearTimer']
}

/** The scheduler wired to the stores and OS notifications. */
export function createReminders(r: ReminderSetup): ReminderScheduler {
  const now = r.now ?? Date.now
  return new ReminderScheduler({
    now,
    setTimer: r.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer: r.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout)),
    lastShown: () => r.state.lastShown,
    setLastShown: (ms) => (r.state.lastShown = ms),
    show: () => {
      const plan = r.stores.plan.current()
      // A programme under way names this week's session; else the plan's chosen circuit.
      const name =
        programmeCircuitName(plan, r.stores.history.current(), now()) ??
        [...r.stores.circuits.current(), ...PRESETS].find((c) => c.id === plan.circuitId)?.circuit
          .name
      r.notifier.show('Runstrong', reminderText(plan, now(), name), r.openCircuits)
    },
  })
}
