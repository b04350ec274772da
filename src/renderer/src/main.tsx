// The global styles come first: every component's *.module.css, imported below them, must
// follow them in the page's stylesheet to win where both say something.
import '@renderer/app/tokens.css'
import '@renderer/app/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@renderer/app/app'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { createPlatform } from '@renderer/platform'
import { soundsPlayed } from '@renderer/features/runner/sound-log'

// What e2e tests read: the tones asked for, in order (nothing here changes the app).
Object.defineProperty(window, '__runstrong', {
  value: Object.freeze({ soundsPlayed: () => [...soundsPlayed] }),
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <PlatformProvider platform={createPlatform()}>
      <App />
    </PlatformProvider>
  </StrictMode>,
)
