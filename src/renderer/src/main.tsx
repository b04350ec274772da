import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { PlatformProvider } from './app/platform-context'
import { createPlatform } from './platform'
import { moveBrowserData } from './platform/electron'
import { MOVE_DATA_HASH } from '@shared/ipc-contract'
import { getSounds } from './features/runner/sounds'
import './app/styles.css'

// What e2e tests read: the tones asked for, in order (nothing here changes the app).
Object.defineProperty(window, '__runstrong', {
  value: Object.freeze({ soundsPlayed: () => [...getSounds().played] }),
})

if (window.location.hash === MOVE_DATA_HASH && window.runstrong) {
  // A hidden window the desktop app opens once, at the page origin earlier versions used,
  // to hand over what they kept in page storage.
  void moveBrowserData(window.runstrong, window.localStorage).finally(() => window.close())
} else {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <PlatformProvider platform={createPlatform()}>
        <App />
      </PlatformProvider>
    </StrictMode>,
  )
}
