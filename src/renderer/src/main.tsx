import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@renderer/app/app'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { createPlatform } from '@renderer/platform'
import { getSounds } from '@renderer/features/runner/sounds'
import '@renderer/app/styles.css'

// What e2e tests read: the tones asked for, in order (nothing here changes the app).
Object.defineProperty(window, '__runstrong', {
  value: Object.freeze({ soundsPlayed: () => [...getSounds().played] }),
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PlatformProvider platform={createPlatform()}>
      <App />
    </PlatformProvider>
  </StrictMode>,
)
