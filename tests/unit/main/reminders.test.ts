import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  createReminders,
  ReminderScheduler,
  nextReminderAt,
  MAX_WAIT_MS,
  reminderText,
} from '../../../src/main/reminders'
import { Notifier } from '../../../src/main/notifications'
import { openStores } from '../../../src/main/data'
import { ReminderState } from '../../../src/main/reminder-state'
import { DEFAULT_PLAN } from '@shared/training/planner'
import type { Reminders } from '@shared/data/settings'

// The stores and notifications reach Electron; vi.mock is hoisted above the imports.
vi.mock('electron', () => import('../../support/electron-fake'))

// Reminders follow local time; London has a daylight-saving change on 29 March 2026.
process.env.TZ = 'Europe/London'

const local = (iso: string) => new Date(iso).getTime()
const ON: Reminders = { on: true, time: '18:30', days: [0, 2, 4] } // Mon, Wed, Fri

/** A clock and timers the test moves by hand, and the reminders shown. */
function rig(startIso: string, lastShown = 0) {
  let now = local(startIso)
  let timer: { at: number; fn: () => void } | null = null
  const shown: string[] = []
  const state = { lastShown }
  const scheduler = new ReminderScheduler({
    now: () => now,
    setTimer: (fn, ms) => {
      expect(ms).toBeLessThanOrEqual(MAX_WAIT_MS)
      timer = { at: now + ms, fn }
      return timer
    },
    clearTimer: () => (timer = null),
    show: (at) => shown.push(new Date(at).toString().slice(0, 21)),
    lastShown: () => state.lastShown,
    setLastShown: (ms) => (state.lastShown = ms),
  })
  /** Runs the clock forward to `iso`, firing timers as they fall due. */
  const runTo = (iso: string) => {
    const end = local(iso)
    while (timer && timer.at <= end) {
      const t = timer
      timer = null
      now = t.at
      t.fn()
    }
    now = end
  }
  return { scheduler, shown, state, runTo, setNow: (iso: string) => (now = local(iso)) }
}

describe('reminder times', () => {
  it('finds the next strength day at the set time, wrapping past Sunday', () => {
    // Friday 20:00 → Monday 18:30.
    expect(new Date(nextReminderAt(ON, local('2026-03-06T20:00:00'))!).toString()).toMatch(
      /^Mon Mar 09 2026 18:30/,
    )
    // Monday 18:29 → the same Monday.
    expect(new Date(nextReminderAt(ON, local('2026-03-09T18:29:00'))!).toString()).toMatch(
      /^Mon Mar 09 2026 18:30/,
    )
  })

  it('keeps the local time across the spring daylight-saving change', () => {
    // Friday 27 March (GMT) → Monday 30 March (BST): 18:30 local, 17:30 UTC.
    const at = nextReminderAt(ON, local('2026-03-27T19:00:00'))!
    expect(new Date(at).toString()).toMatch(/^Mon Mar 30 2026 18:30/)
    expect(new Date(at).toISOString()).toBe('2026-03-30T17:30:00.000Z')
  })

  it('has none when off or with no days', () => {
    expect(nextReminderAt({ ...ON, on: false }, 0)).toBeNull()
    expect(nextReminderAt({ ...ON, days: [] }, 0)).toBeNull()
  })
})

describe('the reminder scheduler', () => {
  it('shows each strength day once over a week, across the daylight-saving change', () => {
    const r = rig('2026-03-23T08:00:00')
    r.scheduler.start(ON)
    r.runTo('2026-04-01T08:00:00')
    expect(r.shown).toEqual([
      'Mon Mar 23 2026 18:30',
      'Wed Mar 25 2026 18:30',
      'Fri Mar 27 2026 18:30',
      'Mon Mar 30 2026 18:30',
    ])
  })

  it('shows one missed earlier today once at launch, and not again after a restart', () => {
    const first = rig('2026-03-09T21:00:00')
    first.scheduler.start(ON)
    expect(first.shown).toEqual(['Mon Mar 09 2026 18:30'])
    // Restart the same evening with the remembered time.
    const again = rig('2026-03-09T22:00:00', first.state.lastShown)
    again.scheduler.start(ON)
    expect(again.shown).toEqual([])
    again.runTo('2026-03-11T19:00:00')
    expect(again.shown).toEqual(['Wed Mar 11 2026 18:30'])
  })

  it('does not catch up a reminder from an earlier day', () => {
    // Closed all Monday evening, opened Tuesday: Monday's is not shown.
    const r = rig('2026-03-10T09:00:00', local('2026-03-06T18:30:00'))
    r.scheduler.start(ON)
    expect(r.shown).toEqual([])
  })

  it('shows nothing already past when the settings change, then follows the new ones', () => {
    const r = rig('2026-03-09T20:00:00')
    r.scheduler.update({ ...ON, time: '19:00' })
    expect(r.shown).toEqual([])
    r.runTo('2026-03-10T20:00:00')
    expect(r.shown).toEqual([])
    r.scheduler.update({ ...ON, days: [1] })
    r.runTo('2026-03-17T20:00:00')
    expect(r.shown).toEqual(['Tue Mar 17 2026 18:30'])
  })
})

describe('what a reminder says', () => {
  it("gives the plan's line for a strength day, with its circuit", () => {
    // The default plan puts strength on Thursday after the easy run.
    expect(reminderText(DEFAULT_PLAN, local('2026-03-12T18:30:00'), 'Quick 15')).toBe(
      'Strength after your easy run: Quick 15',
    )
  })

  it('says it plainly on a day the plan does not hold strength', () => {
    expect(reminderText(DEFAULT_PLAN, local('2026-03-08T18:30:00'))).toBe(
      'Strength today: warm up first, then 20 to 30 minutes',
    )
  })
})

describe('reminders as OS notifications', () => {
  it('shows the week plan’s line at the set time, and a click opens the Circuits screen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-reminders-'))
    const stores = openStores(dir)
    stores.plan.save({ ...DEFAULT_PLAN, circuitId: 'preset-quick' })
    const shown: { title: string; body: string; click?: () => void }[] = []
    const notifier = new Notifier({
      isSupported: () => true,
      create: (o) => {
        const n: (typeof shown)[number] = { title: o.title, body: o.body }
        shown.push(n)
        return { on: (_: 'click', l: () => void) => (n.click = l), show: () => undefined }
      },
    })
    let now = local('2026-03-12T18:00:00') // a Thursday
    let timer: (() => void) | null = null
    const openCircuits = vi.fn()
    const make = () =>
      createReminders({
        stores,
        notifier,
        state: new ReminderState(dir),
        openCircuits,
        now: () => now,
        setTimer: (fn) => (timer = fn),
        clearTimer: () => (timer = null),
      })
    make().start({ on: true, time: '18:30', days: [3] })
    expect(shown).toEqual([])
    now = local('2026-03-12T18:30:00')
    timer!()
    expect(shown).toMatchObject([
      { title: 'Runstrong', body: 'Strength after your easy run: Quick 15' },
    ])
    shown[0]!.click!()
    expect(openCircuits).toHaveBeenCalled()
    // A restart later that evening remembers it: no second notification.
    now = local('2026-03-12T21:00:00')
    make().start({ on: true, time: '18:30', days: [3] })
    expect(shown).toHaveLength(1)
    rmSync(dir, { recursive: true, force: true })
  })

  it('names this week’s programme session while a six-week programme runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'runstrong-reminders-'))
    const stores = openStores(dir)
    stores.plan.save({
      ...DEFAULT_PLAN,
      circuitId: 'preset-quick',
      programme: {
        startedAt: local('2026-03-02T08:00:00'),
        seed: 3,
        minutes: 25,
        focus: 'full-body',
        beginner: false,
        equipment: ['mat'],
      },
    })
    const shown: string[] = []
    const notifier = new Notifier({
      isSupported: () => true,
      create: (o) => {
        shown.push(o.body)
        return { on: () => undefined, show: () => undefined }
      },
    })
    let now = local('2026-03-12T18:00:00')
    let timer: (() => void) | null = null
    createReminders({
      stores,
      notifier,
      state: new ReminderState(dir),
      openCircuits: vi.fn(),
      now: () => now,
      setTimer: (fn) => (timer = fn),
      clearTimer: () => (timer = null),
    }).start({ on: true, time: '18:30', days: [3] })
    now = local('2026-03-12T18:30:00')
    timer!()
    // No programme session in its first week yet: it is still week 1.
    expect(shown).toEqual(['Strength after your easy run: Six weeks · Week 1 of 6'])
    rmSync(dir, { recursive: true, force: true })
  })
})
