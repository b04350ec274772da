import { vi } from 'vitest'
import type { Stores } from '../../../src/main/data'
import type { Services } from '../../../src/main/handlers'

/** The handlers' OS services as spies, over real stores; `overrides` sets what a test needs. */
export function fakeServices(stores: Stores, overrides: Partial<Services> = {}) {
  return {
    stores,
    notify: vi.fn(),
    keepAwake: { update: vi.fn() },
    remoteKeys: { set: vi.fn() },
    stage: { list: () => [], open: () => false, close: vi.fn(), forward: vi.fn() },
    windowHidden: () => false,
    toggleFullscreen: () => true,
    chooseSavePath: () => Promise.resolve(null),
    remindersChanged: vi.fn(),
    ...overrides,
  } satisfies Services
}
