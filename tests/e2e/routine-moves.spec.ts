import { expect, test } from '@playwright/test'
import { importCircuit, openApp, startCircuit } from './helpers'
import { readText } from './read-text'

/**
 * A warm-up or cool-down changes move every 20 s or more: each move shows its own time
 * left beside its name, large enough to read across the room, and Next names the move after
 * it; the big countdown stays the phase's.
 */
const ROUTINES = {
  format: 'runner-strength-circuit',
  version: 1,
  name: 'Moves one by one',
  warmupSec: 60,
  cooldownSec: 50,
  items: [{ exercise: 'squats', sets: 1, seconds: 30 }],
}

for (const [width, height] of [
  [1280, 720],
  [3840, 2160],
] as const) {
  test(`each warm-up and cool-down move counts down, and Next names the move after it, at ${width}x${height}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    const clock = await openApp(page)
    await importCircuit(page, ROUTINES)
    await startCircuit(page, ROUTINES.name)
    const name = page.getByTestId('exercise')
    const move = page.getByTestId('move-countdown')
    const countdown = page.getByTestId('countdown')
    const next = page.getByTestId('next')

    await expect(name).toHaveText('Jumping jacks')
    await expect(move).toHaveText('Left in this move: 0:20')
    await expect(countdown).toHaveText('1:00')
    await expect(next).toHaveText('Next: Mountain climbers (0:20)')
    // Read from 4 m: the move's clock is as large as a line of the runner, or larger.
    const reading = await page.evaluate(readText, 'main.runner')
    const clockBox = reading.boxes.find((b) => b.who === 'move-countdown')
    expect(clockBox?.text).toBe('0:20')
    expect(clockBox?.share).toBeGreaterThanOrEqual(0.045)

    await clock.forward(5_000)
    await expect(move).toHaveText(/ 0:15$/)
    await expect(countdown).toHaveText('0:55')

    // The next move, on the same tick as the phase's countdown.
    await clock.forward(15_000)
    await expect(countdown).toHaveText('0:40')
    await expect(name).toHaveText('Mountain climbers')
    await expect(move).toHaveText(/ 0:20$/)
    await expect(next).toHaveText('Next: Easy squats (0:20)')

    // The last move: Next is what comes after the warm-up.
    await clock.forward(20_000)
    await expect(name).toHaveText('Easy squats')
    await expect(next).toHaveText('Next: Squats (0:30)')

    // The effort has no move clock; the cool-down's moves have theirs.
    await clock.forward(20_000)
    await expect(page.getByTestId('phase')).toHaveText('Work')
    await expect(move).toHaveCount(0)
    await clock.forward(30_000)
    await expect(page.getByTestId('phase')).toHaveText('Cool-down')
    await expect(name).toHaveText('Walk and breathe')
    await expect(move).toHaveText(/ 0:25$/)
    await expect(next).toHaveText('Next: Calf stretch (0:25)')
    await clock.forward(25_000)
    await expect(name).toHaveText('Calf stretch')
    await expect(next).toHaveText('Next: Done')
  })
}
