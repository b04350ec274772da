import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  MAX_DEVICE_MESSAGE_BYTES,
  MAX_DEVICES,
  pairRequestSchema,
  readMessage,
  type PairAnswer,
} from '@shared/remote/protocol'
import type { DeviceBook } from './devices'
import { plainAddress, refuseRequest, SECURITY_HEADERS } from './guards'
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
 * Answers `POST /pair`: the code in force gives the device a token and fixes its role, and
 * is then renewed (so a code seen once pairs one device). Wrong codes count against the
 * address they came from and against the code. Only the hub's own page may ask: another
 * site's page in a browser on the network cannot send JSON here without a preflight, which
 * the hub never answers.
 */
export async function answerPair(
  req: IncomingMessage,
  res: ServerResponse,
  d: PairDeps,
): Promise<void> {
  const answer = (status: number, body: PairAnswer): void => {
    res
      .writeHead(status, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
      })
      .end(JSON.stringify(body))
  }
  const json = req.headers['content-type']?.startsWith('application/json') === true
  if (!fromSameOrigin(req, true) || !json) {
    d.drop()
    refuseRequest(res, 403)
    return
  }
  const text = await readBody(req, MAX_DEVICE_MESSAGE_BYTES)
  const body = readMessage(pairRequestSchema, text, MAX_DEVICE_MESSAGE_BYTES)
  if (!body) {
    d.drop()
    return answer(400, {
      ok: false,
      error: 'Type the six digits shown in Runstrong, and choose Remote or Display.',
    })
  }
  const source = plainAddress(req.socket.remoteAddress)
  const result = d.pairing.attempt(source, body.code)
  if (result === 'ok') {
    const added = d.book.add(deviceName(req.headers['user-agent']), body.role, d.now())
    if (!added)
      return answer(409, {
        ok: false,
        error: `Runstrong keeps ${MAX_DEVICES} devices at most. Forget one under Settings, Remote, then pair this one.`,
      })
    d.pairing.renew()
    return answer(200, {
      ok: true,
      token: added.token,
      name: added.device.name,
      role: body.role,
    })
  }
  const locked = d.pairing.lockedUntilMs(source)
  if (locked !== null)
    return answer(429, {
      ok: false,
      error: 'Too many wrong codes from this device: wait a minute, then try again.',
      retryAfterMs: locked - d.now(),
    })
  return answer(403, {
    ok: false,
    error:
      'That code is not the one Runstrong shows. It changes after each pairing: read it again.',
  })
}
