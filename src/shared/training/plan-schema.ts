/**
 * The week plan's stored form, with the programme under way in it: what the plan store and
 * IPC check. The planner's rules are `planner.ts` and the programme's `programme.ts`, which
 * take their types from here and need no schema: the Circuits screen says what today holds
 * without loading one.
 */
import * as z from '../zod'
import { EQUIPMENT_IDS } from '../circuits/equipment'
import { MAX_DATE_MS } from '../engine/time-bounds'
import { FOCUS_LABELS, MINUTES_RANGE, SESSIONS_RANGE, type Focus } from './generator-options'

/** What a programme was started with: everything else follows from it. */
export const programmeSchema = z.strictObject({
  /** When it started, ms since the epoch. */
  startedAt: z.number().check(z.gte(0), z.lte(MAX_DATE_MS)),
  /** Varies the exercises; a new programme gets a new one. */
  seed: z.int().check(z.gte(0), z.lte(1_000_000_000)),
  minutes: z.int().check(z.gte(MINUTES_RANGE[0]), z.lte(MINUTES_RANGE[1])),
  focus: z.enum(Object.keys(FOCUS_LABELS) as [Focus, ...Focus[]]),
  beginner: z.boolean(),
  /** The kit the runner said they had at the start: no exercise needs anything else. */
  equipment: z.array(z.enum(EQUIPMENT_IDS)).check(z.maxLength(EQUIPMENT_IDS.length)),
})

export type Programme = z.infer<typeof programmeSchema>

export const weekPlanSchema = z.strictObject({
  version: z.literal(1),
  /** Monday first. */
  days: z.array(z.enum(['rest', 'easy', 'workout', 'long'])).check(z.length(7)),
  sessions: z.int().check(z.gte(SESSIONS_RANGE.min), z.lte(SESSIONS_RANGE.max)),
  /** Days the user moved strength to or from, overriding the proposal: Monday is 0. */
  chosen: z.optional(z.array(z.int().check(z.gte(0), z.lte(6))).check(z.maxLength(7))),
  /** The circuit to suggest on strength days: a saved circuit's or a preset's id. */
  circuitId: z.optional(z.string().check(z.maxLength(100))),
  /** A six-week programme under way, on these strength days. */
  programme: z.optional(programmeSchema),
})

export type WeekPlan = z.infer<typeof weekPlanSchema>
