import { useEffect } from 'react'
import type { Theme } from '@shared/data/settings'

/** Words for each choice, as Settings shows them. */
export const THEME_LABELS: Readonly<Record<Theme, string>> = {
  system: 'Follow the system',
  light: 'Light, for a bright room',
  dark: 'Dark, for a dim room',
}

/** Which theme the system asks for now. */
export function systemTheme(): 'light' | 'dark' {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/**
 * Sets the pages' colours for the chosen theme (tokens.css reads `data-theme` on the root;
 * with none, the colours follow the system's).
 */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
}
