/** A file imported with `?asset`: electron-vite copies it beside the bundle; this is its path. */
declare module '*?asset' {
  const path: string
  export default path
}
