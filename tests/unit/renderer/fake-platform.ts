import type { Platform } from '@renderer/platform/platform'

/**
 * A platform for a screen under test: what the test gives, and for everything else a method
 * that does nothing (`on…` listeners return their remover; the rest resolve to null).
 */
export function fakePlatform(given: Partial<Platform>): Platform {
  const base: Partial<Platform> = { kind: 'browser', ...given }
  return new Proxy(base, {
    get(target, key) {
      if (key in target) return target[key as keyof Platform]
      if (typeof key === 'string' && key.startsWith('on')) return () => () => undefined
      return () => Promise.resolve(null)
    },
  }) as Platform
}
