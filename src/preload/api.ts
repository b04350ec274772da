import { ipcRenderer, type IpcRendererEvent } from 'electron'
import type {
  EventChannel,
  EventPayloads,
  InvokeChannel,
  InvokeInput,
  InvokeResults,
  IpcResult,
} from '@shared/ipc-contract'

function invoke<C extends InvokeChannel>(
  channel: C,
  ...args: InvokeInput<C>
): Promise<IpcResult<InvokeResults[C]>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<InvokeResults[C]>>
}

/** Subscribes to one main-to-renderer event; returns the unsubscribe. */
function on<E extends EventChannel>(channel: E, listener: (payload: EventPayloads[E]) => void) {
  const wrapped = (_event: IpcRendererEvent, payload: EventPayloads[E]) => listener(payload)
  ipcRenderer.on(channel, wrapped)
  return () => {
    ipcRenderer.removeListener(channel, wrapped)
  }
}

/**
 * What the preload exposes as `window.runstrong`: one named method per contract channel
 * and nothing else (no generic invoke, no process or environment).
 */
export const api = {
  loadCircuits: () => invoke('circuits:load'),
  saveCircuits: (...a: InvokeInput<'circuits:save'>) => invoke('circuits:save', ...a),
  loadSettings: () => invoke('settings:load'),
  saveSettings: (...a: InvokeInput<'settings:save'>) => invoke('settings:save', ...a),
  loadHistory: () => invoke('history:load'),
  addHistory: (...a: InvokeInput<'history:add'>) => invoke('history:add', ...a),
  loadPlan: () => invoke('plan:load'),
  savePlan: (...a: InvokeInput<'plan:save'>) => invoke('plan:save', ...a),
  loadSession: () => invoke('session:load'),
  saveSession: (...a: InvokeInput<'session:save'>) => invoke('session:save', ...a),
  sessionStatus: (...a: InvokeInput<'session:status'>) => invoke('session:status', ...a),
  notify: (...a: InvokeInput<'notify:show'>) => invoke('notify:show', ...a),
  saveFile: (...a: InvokeInput<'file:save'>) => invoke('file:save', ...a),
  listDisplays: () => invoke('displays:list'),
  openStage: (...a: InvokeInput<'stage:open'>) => invoke('stage:open', ...a),
  closeStage: () => invoke('stage:close'),
  sendStage: (...a: InvokeInput<'stage:state'>) => invoke('stage:state', ...a),
  stageCommand: (...a: InvokeInput<'stage:command'>) => invoke('stage:command', ...a),
  toggleFullscreen: () => invoke('window:fullscreen'),
  keysStatus: () => invoke('keys:status'),
  hubStatus: () => invoke('hub:status'),
  switchHub: (...a: InvokeInput<'hub:switch'>) => invoke('hub:switch', ...a),
  forgetHubDevice: (...a: InvokeInput<'hub:forget'>) => invoke('hub:forget', ...a),
  sendHubState: (...a: InvokeInput<'hub:state'>) => invoke('hub:state', ...a),
  saveBackup: () => invoke('backup:save'),
  backupCounts: () => invoke('backup:counts'),
  restoreBackup: (...a: InvokeInput<'backup:restore'>) => invoke('backup:restore', ...a),
  onRemoteCommand: (l: (p: EventPayloads['remote:command']) => void) => on('remote:command', l),
  onNavigate: (l: (p: EventPayloads['app:navigate']) => void) => on('app:navigate', l),
  onSettingsChanged: (l: (p: EventPayloads['settings:changed']) => void) =>
    on('settings:changed', l),
  onDisplaysChanged: (l: (p: EventPayloads['displays:changed']) => void) =>
    on('displays:changed', l),
  onStageState: (l: (p: EventPayloads['stage:state']) => void) => on('stage:state', l),
  onStageClosed: (l: () => void) => on('stage:closed', () => l()),
  onHubCommand: (l: (p: EventPayloads['hub:command']) => void) => on('hub:command', l),
  onHubChanged: (l: (p: EventPayloads['hub:changed']) => void) => on('hub:changed', l),
}

export type RunstrongApi = typeof api
