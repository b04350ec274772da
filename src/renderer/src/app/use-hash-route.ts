import { useEffect, useState } from 'react'

export type Route =
  | { name: 'circuits'; id?: string }
  | { name: 'run' }
  | { name: 'history' }
  | { name: 'week' }
  | { name: 'settings' }
  | { name: 'about' }
  /** The runner's display window on another screen (desktop). */
  | { name: 'display' }
  /** Today's session, asked for by a reminder or the tray: resolved to where it starts. */
  | { name: 'today' }

/** Reads `#/circuits/<id>`, `#/run`, `#/history`, `#/week`, `#/settings`, `#/about`; anything else is the circuits screen. */
function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent)
  switch (parts[0]) {
    case 'run':
      return { name: 'run' }
    case 'history':
      return { name: 'history' }
    case 'week':
      return { name: 'week' }
    case 'settings':
      return { name: 'settings' }
    case 'about':
      return { name: 'about' }
    case 'display':
      return { name: 'display' }
    case 'today':
      return { name: 'today' }
    case 'circuits':
      return parts[1] ? { name: 'circuits', id: parts[1] } : { name: 'circuits' }
    default:
      return { name: 'circuits' }
  }
}

export function routeHref(route: Route): string {
  if (route.name === 'circuits')
    return route.id ? `#/circuits/${encodeURIComponent(route.id)}` : '#/circuits'
  return `#/${route.name}`
}

/** The current route from the location hash, and a way to go elsewhere. */
export function useHashRoute(): [Route, (route: Route, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  const go = (next: Route, replace = false) => {
    const href = routeHref(next)
    if (replace) window.history.replaceState(null, '', href)
    else window.history.pushState(null, '', href)
    setRoute(next)
  }
  return [route, go]
}
