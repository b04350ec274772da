/**
 * The part of Garmin's FIT profile Runstrong writes with. The SDK's profile describes every
 * message FIT has (about 1 MB of source, 61 KB of the app's gzipped JS); a session's file uses
 * eleven of them. The renderer's build replaces the profile with `profileSubset` of it
 * (electron.vite.config.ts), so the code that saves for Garmin or Strava loads only these.
 */

/** Every message `fit-file.ts` writes, by the profile's names. */
export const FIT_MESSAGES = [
  'FILE_ID',
  'DEVICE_INFO',
  'EVENT',
  'WORKOUT',
  'WORKOUT_STEP',
  'EXERCISE_TITLE',
  'RECORD',
  'SET',
  'LAP',
  'SESSION',
  'ACTIVITY',
] as const

export type FitMessage = (typeof FIT_MESSAGES)[number]

interface FieldProfile {
  type: string
  subFields?: { type: string }[]
}

/** The shape of the SDK's `Profile` this reads; the rest is carried over as it is. */
export interface FitProfile {
  MesgNum: Record<string, number>
  messages: Record<string, { fields: Record<string, FieldProfile> }>
  types: Record<string, unknown>
}

/**
 * `profile` with only the messages named (and the types their fields and subfields name):
 * what the SDK's encoder looks up when it writes those messages, and nothing else.
 */
export function profileSubset<P extends FitProfile>(profile: P, names: readonly string[]): P {
  const messages: FitProfile['messages'] = {}
  const types: FitProfile['types'] = {}
  for (const name of names) {
    const num = profile.MesgNum[name]
    const message = num === undefined ? undefined : profile.messages[num]
    if (num === undefined || !message) throw new Error(`The FIT profile has no ${name} message`)
    messages[num] = message
    for (const field of Object.values(message.fields))
      for (const { type } of [field, ...(field.subFields ?? [])])
        if (type in profile.types) types[type] = profile.types[type]
  }
  return { ...profile, messages, types }
}
