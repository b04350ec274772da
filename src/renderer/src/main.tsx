// The global styles come first: every component's *.module.css, imported below them, must
// follow them in the page's stylesheet to win where both say something.
import '@renderer/styles/tokens.css'
import '@renderer/styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@renderer/app/app'
import { PlatformProvider } from '@renderer/platform/platform-context'
import { createPlatform, StorageBlockedError } from '@renderer/platform'
import { soundsPlayed } from '@renderer/features/runner/sound-log'
import { watchPresses } from '@renderer/lib/press-time'

// What e2e tests read: the tones asked for, in order (nothing here changes the app).
Object.defineProperty(window, '__runstrong', {
  value: Object.freeze({ soundsPlayed: () => [...soundsPlayed] }),
})

// A session starts at the Start press itself, not when its handler runs.
watchPresses()

const root = document.getElementById('root') as HTMLElement

// Not a top-level await: the platform's chunk imports from this one, which must finish first.
createPlatform().then(
  (platform) =>
    createRoot(root).render(
      <StrictMode>
        <PlatformProvider platform={platform}>
          <App />
        </PlatformProvider>
      </StrictMode>,
    ),
  (err: unknown) => {
    // The splash says so rather than spinning on. On the desktop a missing file means a
    // damaged install; in a browser, most often a server that went away or changed.
    // Blocked page storage says what helps itself: a reload alone would not.
    const said = root.querySelector('.splash p:last-child')
    if (said && err instanceof StorageBlockedError)
      said.textContent = `Runstrong could not start: ${err.message}`
    else if (said) {
      const remedy = window.runstrong
        ? 'Reinstalling it should help.'
        : 'Reload the page to try again.'
      said.textContent = `Runstrong could not start: ${String(err).slice(0, 200)}. ${remedy}`
    }
  },
)
