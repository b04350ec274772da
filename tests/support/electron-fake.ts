/**
 * One `electron` for the main process's unit tests: the pieces they reach, as plain values and
 * spies. A test file takes it in place of Electron with
 *
 *   vi.mock('electron', () => import('../../support/electron-fake'))
 *
 * and a test changes a piece through `electron`, the very object the code under test sees
 * (each test file has its own copy, and `clearMocks` empties the spies' calls before each test):
 *
 *   electron.app.isPackaged = false
 *
 * tests/unit/main/wiring.test.ts keeps its own fake: it records the built bundle's wiring.
 */
import { tmpdir } from 'node:os'
import { vi } from 'vitest'

export const electron = {
  app: {
    /** Every folder Electron names (userData, logs, …) is the system's temporary folder. */
    getPath: vi.fn(() => tmpdir()),
    getVersion: vi.fn(() => '0.1.0'),
    isPackaged: true,
    on: vi.fn(),
    setAppUserModelId: vi.fn(),
  },
  ipcMain: { on: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  net: {},
  globalShortcut: { register: vi.fn(), unregister: vi.fn() },
  powerSaveBlocker: { start: vi.fn(), stop: vi.fn() },
  Notification: vi.fn(),
  Menu: {
    setApplicationMenu: vi.fn(),
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  },
  shell: { openExternal: vi.fn() },
  nativeTheme: { shouldUseDarkColors: false },
}

export const {
  app,
  ipcMain,
  protocol,
  net,
  globalShortcut,
  powerSaveBlocker,
  Notification,
  Menu,
  shell,
  nativeTheme,
} = electron

export default electron
