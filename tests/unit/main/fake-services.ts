import { vi } from 'vitest'
import type { Stores } from '../../../src/main/data'
import type { Services } from '../../../src/main/handlers'
import { SessionHold } from '../../../src/main/session-hold'

/**
 * The handlers' OS services as spies, over real stores and a real session hold whose
 * keep-awake and keys are spies; `overrides` sets what a test needs.
 */
export function fakeServices(stores: Stores, overrides: Partial<Services> = {}) {
  const keepAwake = { update: vi.fn(), release: vi.fn() }
  const remoteKeys = { set: vi.fn<(on: boolean) => string[] | null>(() => []) }
  const services = {
    stores,
    notify: vi.fn(),
    hold: new SessionHold(keepAwake, remoteKeys, true),
    keysStatus: () => ({ refused: [], reason: null }),
    stage: { list: () => [], open: () => false, close: vi.fn(), forward: vi.fn() },
    windowHidden: () => false,
    toggleFullscreen: () => true,
    chooseSavePath: () => Promise.resolve(null),
    remindersChanged: vi.fn(),
    ...overrides,
  } satisfies Services
  return { ...services, keepAwake, remoteKeys }
}
