import { Profile } from '@garmin/fitsdk'
import { describe, expect, it } from 'vitest'
import { FIT_MESSAGES, profileSubset, type FitProfile } from '@shared/training/fit-profile'
import { fitFile } from '@shared/training/fit-file'
import { randomHistory } from './session-runs'

const full = Profile as unknown as FitProfile

describe('the part of the FIT profile the app carries', () => {
  it('holds the messages a session’s file uses, and the types their fields name', () => {
    const subset = profileSubset(full, FIT_MESSAGES)
    expect(
      Object.keys(subset.messages)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(FIT_MESSAGES.map((n) => full.MesgNum[n]).sort((a, b) => a! - b!))
    // Far smaller than the whole: most of FIT's messages are not a strength session's.
    expect(JSON.stringify(subset).length).toBeLessThan(JSON.stringify(full).length / 3)
    expect(subset.types['sport']).toEqual(full.types['sport'])
    expect(subset.types['exerciseCategory']).toEqual(full.types['exerciseCategory'])
  })

  it('writes every session’s file byte for byte as the whole profile does', () => {
    // Sessions of every kind: reps and holds, loads, sides, versions, warm-ups, cut short.
    const sessions = randomHistory(27, 60, Date.UTC(2026, 2, 2, 7))
    const whole = sessions.map((e) => fitFile(e, 60))
    const subset = profileSubset(full, FIT_MESSAGES)
    const kept = { messages: full.messages, types: full.types }
    // The SDK's encoder reads the one profile object it imports: given the subset for a moment.
    Object.assign(full, { messages: subset.messages, types: subset.types })
    try {
      sessions.forEach((e, i) => expect(fitFile(e, 60)).toEqual(whole[i]))
    } finally {
      Object.assign(full, kept)
    }
  })

  it('names a message the profile does not have', () => {
    expect(() => profileSubset(full, ['NOT_A_MESSAGE'])).toThrow(/no NOT_A_MESSAGE message/)
  })
})
