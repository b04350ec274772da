// What the runner's silent clip costs (it holds the system's media controls while a session
// runs): the CPU time of every Chromium process over the same running session, with the
// clip playing and with playback refused, on Linux's /proc. Headless Chromium here has no
// sound card, so this is the decoding and mixing, not a speaker's driver.
import { readdirSync, readFileSync } from 'node:fs'
import { importAndStart } from './app-steps.mjs'

const TICKS_PER_SECOND = 100

/** [pid, ppid, utime + stime in ticks] of every process. */
function processes() {
  const found = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      found.push([Number(name), Number(fields[1]), Number(fields[11]) + Number(fields[12])])
    } catch {
      // Gone meanwhile.
    }
  }
  return found
}

/** CPU ticks used so far by everything `root` started (not `root` itself). */
function treeTicks(root) {
  const all = processes()
  const inTree = new Set([root])
  for (let grew = true; grew;) {
    grew = false
    for (const [pid, ppid] of all)
      if (!inTree.has(pid) && inTree.has(ppid)) {
        inTree.add(pid)
        grew = true
      }
  }
  return all
    .filter(([pid]) => pid !== root && inTree.has(pid))
    .reduce((n, [, , ticks]) => n + ticks, 0)
}

const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Bench clip',
  warmupSec: 0,
  items: [{ exercise: 'plank', sets: 1, seconds: 600 }],
}

/** CPU % of all Chromium processes during a running session, with and without the clip. */
export async function silentClipCost(launch, url, seconds) {
  const measure = async (clip) => {
    const browser = await launch()
    // Playwright starts Chromium from this process: its processes are this one's children.
    const pid = process.pid
    const page = await browser.newPage()
    // Without the clip: every media element refuses to play, as a browser may.
    if (!clip)
      await page.addInitScript(() => {
        HTMLMediaElement.prototype.play = () => Promise.reject(new Error('no clip'))
      })
    await page.goto(url)
    await importAndStart(page, CIRCUIT)
    await page.waitForTimeout(2000)
    const before = treeTicks(pid)
    const t0 = Date.now()
    await page.waitForTimeout(seconds * 1000)
    const used = (treeTicks(pid) - before) / TICKS_PER_SECOND
    const elapsed = (Date.now() - t0) / 1000
    await browser.close()
    return Math.round((used / elapsed) * 1000) / 10
  }
  const without = await measure(false)
  const withClip = await measure(true)
  return { without, withClip, seconds }
}
