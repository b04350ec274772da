import { useEffect } from 'react'
import type { ViewingDistance } from '@shared/data/settings'

/** A distance the type is set for. */
export type Distance = Exclude<ViewingDistance, 'auto'>

/** A screen this tall in CSS pixels at 1:1 (a 4K panel unscaled) is a TV across the room. */
export const TV_SCREEN_HEIGHT_PX = 1800

/** The distance to set type for: the user's choice, or for `auto` the screen's size. */
export function resolveDistance(chosen: ViewingDistance, screenHeightPx: number): Distance {
  if (chosen !== 'auto') return chosen
  return screenHeightPx >= TV_SCREEN_HEIGHT_PX ? 'tv' : 'desk'
}

/** Words for each choice, as Settings shows them. */
export const DISTANCE_LABELS: Readonly<Record<ViewingDistance, string>> = {
  auto: 'Follow the screen',
  desk: 'At the desk',
  room: 'Across the room',
  tv: 'TV',
}

/**
 * Sets every screen's type for the viewing distance (tokens.css reads `data-distance` on
 * the root) and says which it is.
 */
export function useViewingDistance(chosen: ViewingDistance): Distance {
  const distance = resolveDistance(chosen, window.screen.height)
  useEffect(() => {
    document.documentElement.dataset.distance = distance
  }, [distance])
  return distance
}
