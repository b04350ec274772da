/** How long the hidden page may take to hand over its data, in ms. */
export const MOVE_TIMEOUT_MS = 10_000

export interface HiddenPage {
  /** Resolves when the page has closed (it closes itself once done). */
  closed: Promise<void>
  close: () => void
}

export interface MoveDeps {
  /** True on a first start: no store file exists yet. */
  storesEmpty: () => boolean
  /** Opens the hidden page at the origin earlier versions used (`file://`). */
  open: () => HiddenPage
  wait?: (ms: number) => Promise<void>
}

/**
 * Earlier versions of the desktop app kept their data in page storage at the `file://`
 * origin; pages now come from `app://`, which cannot see it. On a first start, a hidden page
 * at the old origin reads that storage and hands it to the stores through the contract
 * (`legacy:import`), before the main window opens. Returns whether the page was opened.
 */
export async function moveEarlierPageData(deps: MoveDeps): Promise<boolean> {
  if (!deps.storesEmpty()) return false
  const page = deps.open()
  const wait = deps.wait ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)))
  await Promise.race([page.closed, wait(MOVE_TIMEOUT_MS)])
  page.close()
  return true
}
