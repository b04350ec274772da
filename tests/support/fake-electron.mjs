// A stand-in for `electron` in plain Node: just enough for the main-process modules bundled for Node.
import { tmpdir } from 'node:os'

export const app = { getPath: () => tmpdir(), getVersion: () => '0.0.0' }
export const ipcMain = { on: () => undefined }
export default { app, ipcMain }
