import { app, Menu, type MenuItemConstructorOptions } from 'electron'

/**
 * The packaged app's menu: what a person needs (quit, copy and paste, fullscreen, zoom,
 * windows) and nothing that reloads the page mid-session or opens developer tools.
 */
export function menuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'togglefullscreen' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
      ],
    },
    { role: 'windowMenu' },
  ]
}

/** Sets our own menu in a packaged build; while developing, Electron's (with reload) stays. */
export function setupMenu(packaged: boolean = app.isPackaged): void {
  if (packaged) Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform)))
}
