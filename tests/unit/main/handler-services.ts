import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStores } from '../../../src/main/data'
import { createHandlers } from '../../../src/main/handlers'
import { fakeServices } from './fake-services'

/**
 * The handlers over real stores in a new temporary folder, with the OS services as spies;
 * `hidden` says whether the laptop window is hidden, and files are saved into the folder.
 * The stores reach Electron: import this after `vi.mock('electron')`.
 */
export function services(hidden: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'runstrong-handlers-'))
  const s = fakeServices(openStores(dir), {
    windowHidden: () => hidden,
    chooseSavePath: (name: string) => Promise.resolve(join(dir, name)),
  })
  return { s, dir, h: createHandlers(s) }
}

/** The IPC event a handler is called with: the handlers tested here do not read it. */
export const ev = {} as never
