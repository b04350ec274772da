import { app, BrowserWindow } from 'electron'
import { setupSecurity } from './security'
import { createMainWindow } from './window'

// The composition root: the whole main process in a few lines.
function onReady(): void {
  setupSecurity()
  createMainWindow()
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0) createMainWindow()
})

void app.whenReady().then(onReady)
