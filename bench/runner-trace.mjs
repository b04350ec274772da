// Where the runner's time goes while a session runs, from a Chromium trace of the page: its
// renderer's CPU split into script, style and layout, paint and raster, and compositing; the
// area repainted each second; how often the page wakes up; and React's commits and the
// components each renders. Measured for a work phase, a rest, a per-side effort and the final
// seconds of a phase, each on its own window, and for a minimal timer page beside them: big
// digits set once a second, the least any countdown can cost on the same harness.
import { installCommitProbe } from '../tests/support/react-commits.mjs'
import { importAndStart } from './app-steps.mjs'

/** The viewport every window is traced at. */
const VIEWPORT = { width: 1280, height: 800 }
/** A raster tile's area, in px (Chromium's software raster tiles are 256 x 256). */
const TILE_PX = 256 * 256

/** Trace categories: the renderer's main thread and compositor, with paint rectangles. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'viz',
].join(',')

/** Trace event names, by where their time goes. */
const KINDS = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'RunMicrotasks',
    'v8.run',
    'V8.GCScavenger',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'UpdateLayerTree', 'PrePaint'],
  paint: ['Paint', 'PaintImage', 'RasterTask', 'Rasterize', 'Decode Image', 'GPUTask'],
  composite: [
    'CompositeLayers',
    'Commit',
    'UpdateLayer',
    'ActivateLayerTree',
    'DrawFrame',
    'Layerize',
  ],
}
const kindOf = new Map(
  Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])),
)

/**
 * A circuit whose phases each window sees: two long holds with a long rest between (the
 * first's last seconds are measured, the second's traced), then a per-side effort.
 */
const CIRCUIT = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Bench trace',
  warmupSec: 0,
  restBetweenSetsSec: 40,
  restBetweenExercisesSec: 40,
  switchSidesSec: 5,
  items: [
    { exercise: 'plank', sets: 2, seconds: 40 },
    { exercise: 'side-plank', sets: 1, seconds: 40 },
  ],
}

/**
 * Sums the trace's complete events on the renderer's threads into the four kinds, per
 * second of the window; counts paint area and wake-ups (timer fires and animation frames).
 */
function summarize(events, seconds) {
  const renderer = events.find((e) => e.name === 'TracingStartedInBrowser')
  const frames = new Set(
    (renderer?.args?.data?.frames ?? []).map((f) => f.processId).filter(Boolean),
  )
  const mine = (e) => frames.size === 0 || frames.has(e.pid)
  const ms = { script: 0, style: 0, paint: 0, composite: 0 }
  let tiles = 0
  let paints = 0
  let wakeups = 0
  // Only the outermost slice of each kind's events counts, per thread: a FunctionCall inside
  // a TimerFire is time the TimerFire already holds.
  const counted = events
    .filter((e) => mine(e) && e.ph === 'X' && e.dur && kindOf.has(e.name))
    .sort((a, b) => a.tid - b.tid || a.ts - b.ts)
  let thread = null
  let openUntil = 0
  for (const e of counted) {
    if (e.tid !== thread) {
      thread = e.tid
      openUntil = 0
    }
    if (e.ts < openUntil) continue
    openUntil = e.ts + e.dur
    ms[kindOf.get(e.name)] += e.dur / 1000
  }
  for (const e of events) {
    if (!mine(e)) continue
    // A Paint records a whole layer (its clip is the layer's, not what changed); what was
    // drawn again is told by the raster tiles, 256 px square in software raster.
    if (e.name === 'Paint') paints += 1
    if (e.name === 'RasterTask' && e.ph === 'X') tiles += 1
    if ((e.name === 'TimerFire' || e.name === 'FireAnimationFrame') && e.ph === 'X') wakeups++
  }
  const pct = (v) => Math.round((v / (seconds * 1000)) * 10000) / 100
  return {
    cpuPercent: {
      script: pct(ms.script),
      styleLayout: pct(ms.style),
      paintRaster: pct(ms.paint),
      compositing: pct(ms.composite),
      total: pct(ms.script + ms.style + ms.paint + ms.composite),
    },
    // Layers painted, and tiles rastered, each second; the tiles as a share of the screen.
    paintsPerSecond: Math.round((paints / seconds) * 10) / 10,
    rasterTilesPerSecond: Math.round((tiles / seconds) * 10) / 10,
    rasterScreenPercentPerSecond: pct(
      ((tiles * TILE_PX) / (VIEWPORT.width * VIEWPORT.height)) * 1000,
    ),
    wakeupsPerSecond: Math.round((wakeups / seconds) * 10) / 10,
    rendererPid: [...frames][0],
  }
}

/** CPU seconds so far of each process, by id, and of the GPU process under `gpu`. */
async function processTimes(browserCdp) {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo')
  const byId = new Map(processInfo.map((p) => [p.id, p.cpuTime]))
  byId.set(
    'gpu',
    processInfo.filter((p) => p.type === 'GPU').reduce((a, p) => a + p.cpuTime, 0),
  )
  return byId
}

/** The page's renderer process and the GPU process's CPU over `seconds`, from the system. */
async function processCpu(page, browserCdp, pid, seconds) {
  const before = await processTimes(browserCdp)
  const t0 = Date.now()
  await page.waitForTimeout(seconds * 1000)
  const after = await processTimes(browserCdp)
  const wallS = (Date.now() - t0) / 1000
  const share = (key) =>
    Math.round((((after.get(key) ?? 0) - (before.get(key) ?? 0)) / wallS) * 10000) / 100
  return { renderer: share(pid), gpu: share('gpu') }
}

/**
 * Traces `seconds` of the page as it runs (the trace's split, and React's commits in the
 * window), then measures the renderer and GPU processes' CPU for as long again untraced:
 * tracing costs CPU of its own.
 */
async function trace(page, browserCdp, seconds, measureCpu = true) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value))
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  const commitsBefore = await page.evaluate(() => globalThis.__reactCommits?.length ?? 0)
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  await page.waitForTimeout(seconds * 1000)
  await cdp.send('Tracing.end')
  const commits = await page.evaluate(
    (n) => globalThis.__reactCommits?.slice(n) ?? [],
    commitsBefore,
  )
  await done
  await cdp.detach()
  const { rendererPid, ...out } = summarize(events, seconds)
  const rendered = commits.flatMap((c) => c.rendered)
  out.react = {
    commitsPerSecond: Math.round((commits.length / seconds) * 10) / 10,
    componentsPerCommit: commits.length
      ? Math.round((rendered.length / commits.length) * 10) / 10
      : 0,
    // The components a commit renders most often, for the closing note.
    rendered: [...new Set(rendered)].slice(0, 12),
  }
  if (measureCpu) out.processCpuPercent = await processCpu(page, browserCdp, rendererPid, seconds)
  return { out, rendererPid }
}

/** The least a countdown can do: 40 % digits on a phase colour, set once a second. */
export const MINIMAL_PAGE = `<!doctype html><meta charset="utf-8"><title>Minimal timer</title>
<style>html,body{margin:0;height:100%;background:#F5A623;color:#0B0B0B;font-family:system-ui}
main{height:100%;display:grid;place-items:center;align-content:center}
p{margin:0;font-size:6vh;font-weight:800}#t{font-size:40vh;font-weight:800;font-variant-numeric:tabular-nums}</style>
<main><p>Work</p><div id="t" role="timer"></div><p>Plank</p></main>
<script>
const end = performance.now() + 3600e3
const t = document.getElementById('t')
const tick = () => {
  const left = Math.max(0, end - performance.now())
  const s = Math.ceil(left / 1000)
  t.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0')
  setTimeout(tick, (left % 1000) + 1)
}
tick()
</script>`

/**
 * The runner's renderer, traced in four windows of `seconds` each: mid-work, mid-rest, a
 * per-side effort, and a phase's last seconds (its pulse and pips); then the minimal page.
 */
export async function runnerTrace(browser, url, seconds) {
  const browserCdp = await browser.newBrowserCDPSession()
  const page = await browser.newPage({ viewport: VIEWPORT })
  await page.addInitScript(installCommitProbe)
  await page.goto(url)
  await importAndStart(page, CIRCUIT)
  const phase = () => page.getByTestId('phase').textContent()
  const remaining = async () => {
    const [m, s] = ((await page.getByTestId('countdown').textContent()) ?? '0:00').split(':')
    return Number(m) * 60 + Number(s)
  }
  const until = async (ok) => {
    while (!(await ok())) await page.waitForTimeout(100)
  }
  // The last seconds of a hold: its final countdown's pulse and pips, 4 s of them.
  const finalSeconds = async () => {
    await until(async () => (await phase()) === 'Hold' && (await remaining()) <= 4)
    await page.waitForTimeout(50)
  }
  const out = {}
  // Work (the first plank): a window inside its 40 s.
  await page.waitForTimeout(2000)
  const work = await trace(page, browserCdp, seconds)
  out.work = work.out
  const pid = work.rendererPid
  await finalSeconds()
  const finalCpu = await processCpu(page, browserCdp, pid, 3.5)
  // The rest after it.
  await until(async () => (await phase()) === 'Rest')
  await page.waitForTimeout(1000)
  out.rest = (await trace(page, browserCdp, seconds)).out
  await page.keyboard.press('ArrowRight')
  await finalSeconds()
  out.finalSeconds = {
    ...(await trace(page, browserCdp, 3.5, false)).out,
    processCpuPercent: finalCpu,
  }
  // The side plank, a per-side effort (its band down one side).
  await until(async () => (await phase()) === 'Rest')
  await page.keyboard.press('ArrowRight')
  await page.waitForTimeout(1000)
  out.perSide = (await trace(page, browserCdp, seconds)).out
  await page.close()
  const minimal = await browser.newPage({ viewport: VIEWPORT })
  await minimal.setContent(MINIMAL_PAGE)
  await minimal.waitForTimeout(2000)
  out.minimalPage = (await trace(minimal, browserCdp, seconds)).out
  await minimal.close()
  await browserCdp.detach()
  return out
}

const WINDOWS = [
  ['work', 'work'],
  ['rest', 'rest'],
  ['perSide', 'per-side effort'],
  ['finalSeconds', 'final seconds'],
  ['minimalPage', 'minimal timer page'],
]

/** The table's rows for the trace: per window, where the time goes and what repaints. */
export function runnerTraceRows(t) {
  return WINDOWS.flatMap(([key, label]) => {
    const w = t[key]
    const c = w.cpuPercent
    return [
      [
        `runner, ${label}: main thread`,
        `${c.total} %`,
        `script ${c.script}, style+layout ${c.styleLayout}, paint+raster ${c.paintRaster}, compositing ${c.compositing}`,
      ],
      [
        '  renderer / GPU process',
        `${w.processCpuPercent.renderer} / ${w.processCpuPercent.gpu} %`,
        '(every thread: audio and the compositor too)',
      ],
      [
        '  paints, tiles rastered',
        `${w.paintsPerSecond} / ${w.rasterTilesPerSecond} per s`,
        `(${w.rasterScreenPercentPerSecond} % of the screen a second)`,
      ],
      [
        '  React commits, wake-ups',
        `${w.react.commitsPerSecond} / ${w.wakeupsPerSecond} per s`,
        `(${w.react.componentsPerCommit} components a commit)`,
      ],
    ]
  })
}
