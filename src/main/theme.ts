import { nativeTheme } from 'electron'
import type { Theme } from '@shared/data/settings'

/** Each window's colour before its page paints: the pages' own --bg in each theme. */
export const WINDOW_BACKGROUND = { light: '#f4f5f7', dark: '#101418' } as const

/**
 * The theme chosen in Settings, for the whole app: Electron's `themeSource` sets what the
 * pages' `prefers-color-scheme` reports and the colours of the title bar, menus and dialogs
 * on Windows and macOS (`system` follows the OS again).
 */
export function applyTheme(theme: Theme): void {
  nativeTheme.themeSource = theme
}

/** The background a new window opens with, so a light theme does not flash dark. */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light
}
