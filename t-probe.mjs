import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, EXECUTABLE } from './tests/support/chromium.mjs'
import { importAndStart } from './bench/app-steps.mjs'
const b = await chromium.launch({ ...EXECUTABLE, args: CHROMIUM_ARGS })
const page = await b.newPage({ viewport: { width: 1280, height: 800 } })
await page.addInitScript(() => {
  document.addEventListener('click', (e) => {
    const t = e.target instanceof Element ? e.target.closest('button') : null
    if (t && /^Start/.test(t.textContent ?? '')) window.__benchStartAt = performance.now()
  }, true)
  window.__fires = []
  window.__marks = []
  const ss = AudioScheduledSourceNode.prototype.start
  AudioScheduledSourceNode.prototype.start = function (...a) { window.__marks.push(['audio', performance.now()]); return ss.apply(this, a) }
  if (window.speechSynthesis) { const sp = speechSynthesis.speak.bind(speechSynthesis); speechSynthesis.speak = (u) => { window.__marks.push(['speak', performance.now()]); return sp(u) } }
  const mo = window.MutationObserver
  const st = window.setTimeout
  window.setTimeout = (fn, d, ...a) => st((...x) => { if (d > 200) window.__fires.push([performance.now(), d]); return fn(...x) }, d, ...a)
})
await page.goto('http://127.0.0.1:4394/')
await page.evaluate(() => {
  window.__phaseTimes = []
  const seen = { text: '' }
  new MutationObserver(() => {
    const phase = document.querySelector('[data-testid="countdown"]')
    const exercise = document.querySelector('[data-testid="exercise"]')?.textContent ?? ''
    const key = `${exercise}|${document.querySelector('[data-testid="set"]')?.textContent ?? ''}`
    if (phase && key !== seen.text) { seen.text = key; window.__phaseTimes.push(performance.now()) }
  }).observe(document.body, { subtree: true, childList: true, characterData: true })
})
const circuit = { format: 'runner-strength-circuit', version: 1, name: 'Bench 5 s phases', structure: 'rounds', rounds: 3, warmupSec: 0, restBetweenExercisesSec: 0, restBetweenRoundsSec: 0,
  items: [ { exercise: 'squats', seconds: 5 }, { exercise: 'plank', seconds: 5 }, { exercise: 'burpees', seconds: 5 } ] }
await importAndStart(page, circuit)
await page.waitForTimeout(9 * 5000 + 1000)
const { times, startAt, fires, marks } = await page.evaluate(() => ({ times: window.__phaseTimes, startAt: window.__benchStartAt, fires: window.__fires, marks: window.__marks }))
for (let i = 1; i < times.length; i++) {
  const due = startAt + i * 5000
  const f = fires.filter(([t]) => t > due - 50 && t < due + 50).map(([t]) => (t - due).toFixed(1))
  console.log('phase', i, 'dom late', (times[i] - due).toFixed(1), 'timer fires', f.join(','), marks.filter(([,t]) => t > due - 50 && t < due + 60).map(([k,t]) => k + ' ' + (t - due).toFixed(1)).join(', '))
}
await b.close()
