import { preloadScreen } from './screens'
import { routeHref, type Route } from './use-hash-route'
import styles from './app-bar.module.css'

/** The app's screens, in the order of their tabs. */
export const TABS: readonly { route: Route; label: string }[] = [
  { route: { name: 'circuits' }, label: 'Circuits' },
  { route: { name: 'history' }, label: 'History' },
  { route: { name: 'week' }, label: 'Week' },
  { route: { name: 'settings' }, label: 'Settings' },
  { route: { name: 'about' }, label: 'About' },
]

export interface AppBarProps {
  /** The screen shown, marked as the current page among the tabs. */
  current: Route['name']
  /**
   * A tab was pressed: true lets the link go there, false keeps the page (the caller asks
   * first, as unsaved changes would be lost).
   */
  onTab: (to: Route) => boolean
}

/**
 * The skip link and the app bar with its tabs: the page's banner and its navigation, above
 * the one `main` each screen is shown in.
 */
export function AppBar({ current, onTab }: AppBarProps) {
  return (
    <>
      <a className={styles.skipLink} href="#content">
        Skip to content
      </a>
      <header className={styles.bar}>
        <p className="brand" aria-hidden="true">
          Runstrong
        </p>
        <nav aria-label="Main">
          <ul>
            {TABS.map((t) => (
              <li key={t.label}>
                <a
                  href={routeHref(t.route)}
                  aria-current={t.route.name === current ? 'page' : undefined}
                  onPointerEnter={() => preloadScreen(t.route.name)}
                  onFocus={() => preloadScreen(t.route.name)}
                  onClick={(e) => {
                    if (!onTab(t.route)) e.preventDefault()
                  }}
                >
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
    </>
  )
}
