import '@testing-library/jest-dom/vitest'
import { afterEach } from 'vitest'

// Unmount what a component test rendered, so tests never see each other's screens.
afterEach(async () => {
  if (typeof document === 'undefined') return
  const { cleanup } = await import('@testing-library/react')
  cleanup()
})
