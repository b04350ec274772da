import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  MAX_DEVICE_MESSAGE_BYTES,
  pairRequestSchema,
  readMessage,
  type PairAnswer,
} from '@shared/remote/protocol'
import type { DeviceBook } from './devices'
import { deviceName } from './net'
import type { Pairing } from './pairing'
import { fromSameOrigin, readBody } from './wire'

export interface PairDeps {
  pairing: Pairing
  book: DeviceBook
  now: () => number
  /** Counts a request that was refused unread. */
  drop: () => void
}

/**
 * Answers `POST /pair`: the code of this start gives the device a token; wrong codes count
 * towards the lock. Only the hub's own page may ask: another site's page in a browser on
 * the network cannot send JSON here without a preflight, which the hub never answers.
 */
export async function answerPair(
  req: IncomingMessage,
  res: ServerResponse,
  d: PairDeps,
): Promise<void> {
  const answer = (status: number, body: PairAnswer): void => {
    res
      .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      .end(JSON.stringify(body))
  }
  const json = req.headers['content-type']?.startsWith('application/json') === true
  if (!fromSameOrigin(req, true) || !json) {
    d.drop()
    res.writeHead(403).end()
    return
  }
  const text = await readBody(req, MAX_DEVICE_MESSAGE_BYTES)
  const body = readMessage(pairRequestSchema, text, MAX_DEVICE_MESSAGE_BYTES)
  if (!body) {
    d.drop()
    return answer(400, { ok: false, error: 'Type the six digits shown in Runstrong.' })
  }
  const result = d.pairing.attempt(body.code)
  const locked = d.pairing.lockedUntilMs()
  if (result === 'ok') {
    const { token, device } = d.book.add(deviceName(req.headers['user-agent']), d.now())
    return answer(200, { ok: true, token, name: device.name })
  }
  if (locked !== null)
    return answer(429, {
      ok: false,
      error: 'Too many wrong codes: pairing is locked for a minute.',
      retryAfterMs: locked - d.now(),
    })
  return answer(403, { ok: false, error: 'That code is not the one Runstrong shows.' })
}
