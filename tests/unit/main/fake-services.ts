import { vi } from 'vitest'
import type { Stores } from '../../../src/main/data'
import type { Services } from '../../../src/main/handlers'
import { SessionHold } from '../../../src/main/session-hold'

/** The phone remote's hub, switched off, its calls spied on. */
export function fakeHub() {
  const off = {
    on: false,
    url: null,
    code: null,
    qr: null,
    others: [],
    loopbackOnly: false,
    devices: [],
    wrongCodes: 0,
    dropped: 0,
    offBy: null,
  }
  return {
    status: vi.fn(() => Promise.resolve(off)),
    switch: vi.fn((on: boolean) => Promise.resolve({ ...off, on })),
    forget: vi.fn(() => Promise.resolve(off)),
    publish: vi.fn(),
  }
}

/**
 * The handlers' OS services as spies, over real stores and a real session hold whose
 * keep-awake and keys are spies; `overrides` sets what a test needs.
 */
export function fakeServices(stores: Stores, overrides: Partial<Services> = {}) {
  const keepAwake = { update: vi.fn(), release: vi.fn() }
  const mediaKeys = { set: vi.fn<(on: boolean) => string[] | null>(() => []) }
  const services = {
    stores,
    notify: vi.fn(),
    hold: new SessionHold(keepAwake, mediaKeys, true),
    keysStatus: () => ({ refused: [], reason: null, placement: null }),
    displayWindow: { list: () => [], open: () => false, close: vi.fn(), forward: vi.fn() },
    displayCommand: vi.fn(),
    windowHidden: () => false,
    toggleFullscreen: () => true,
    chooseSavePath: () => Promise.resolve(null),
    remindersChanged: vi.fn(),
    startAtLoginChanged: vi.fn(),
    themeChanged: vi.fn(),
    hub: fakeHub(),
    ...overrides,
  } satisfies Services
  return { ...services, keepAwake, mediaKeys }
}
