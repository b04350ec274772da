// Writes the history store 1000 times, each time a little longer, for the kill test.
import { openStores } from '../../src/main/data'

const dir = process.argv[2]
if (!dir) throw new Error('usage: store-writer <dir>')
const stores = openStores(dir)
const sessions = []
for (let i = 0; i < 1000; i++) {
  sessions.push({
    id: `s${i}`,
    // Within the history's bounds (names of at most 80 characters): five rows keep each
    // session as large as before, so a kill still lands mid-write.
    circuitName: `Session ${i}`,
    startedAt: 1_700_000_000_000 + i,
    plannedMs: 1_200_000,
    actualMs: 1_100_000,
    effortsDone: 10,
    effortsSkipped: 0,
    effortsTotal: 10,
    endedEarly: false,
    exercises: Array.from({ length: 5 }, () => ({
      exercise: 'squats',
      setsDone: 2,
      setsPlanned: 2,
    })),
  })
  stores.history.save(sessions)
  if (i === 0) process.stdout.write('writing\n')
}
process.stdout.write('finished\n')
