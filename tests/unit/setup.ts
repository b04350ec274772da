// jest-dom's matchers (toBeInTheDocument, …) for the files that run in jsdom; the files that
// run in Node, most of them, skip loading it. The type-only import keeps the matchers' types.
import type {} from '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'

if (typeof document !== 'undefined') await import('@testing-library/jest-dom/vitest')

// Unmount what a component test rendered, so tests never see each other's screens.
afterEach(async () => {
  if (typeof document === 'undefined') return
  const { cleanup } = await import('@testing-library/react')
  cleanup()
})
