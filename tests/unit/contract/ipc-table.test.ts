/**
 * The one table of IPC channels (`shared/ipc-channels.ts`): every other list is built from
 * it or checked against it by the type checker, so a channel forgotten anywhere fails
 * `npm run typecheck`. The `@ts-expect-error` lines below are those failures: each would
 * compile (and the directive itself fail) if the types stopped holding the table.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  EVENT_METHODS,
  INVOKE_METHODS,
  type EventMethod,
  type InvokeMethod,
} from '@shared/ipc-channels'
import { invokeSchemas, type IpcResult } from '@shared/ipc-contract'
import type { DataCounts } from '@shared/data/backup'
import type { DisplayWindowState } from '@shared/engine/display-window-state'
import type { ChannelMethods, Platform, WordedMethods } from '@renderer/platform/platform'
import type { RunstrongApi } from '../../../src/preload/api'
import type { Handlers } from '../../../src/main/ipc'

describe('the one table of IPC channels', () => {
  it('has a schema for each invocation and nothing else', () => {
    expect(Object.keys(invokeSchemas).sort()).toEqual(Object.keys(INVOKE_METHODS).sort())
  })

  it('names each method once, across invocations and events', () => {
    const names = [...Object.values(INVOKE_METHODS), ...Object.values(EVENT_METHODS)]
    expect(new Set(names).size).toBe(names.length)
  })

  it("gives the preload's API exactly the table's methods, each with its channel's types", () => {
    expectTypeOf<keyof RunstrongApi>().toEqualTypeOf<InvokeMethod | EventMethod>()
    expectTypeOf<RunstrongApi['openDisplay']>().toEqualTypeOf<
      (choice: { displayId: number }) => Promise<IpcResult<boolean>>
    >()
    expectTypeOf<RunstrongApi['dataCounts']>().toEqualTypeOf<() => Promise<IpcResult<DataCounts>>>()
    expectTypeOf<RunstrongApi['onDisplayState']>().toEqualTypeOf<
      (listener: (payload: DisplayWindowState) => void) => () => void
    >()
  })

  it('gives the Platform every method of the table, as the table types it by default', () => {
    expectTypeOf<InvokeMethod | EventMethod>().toExtend<keyof Platform>()
    // Not worded by hand: the table alone puts these on the Platform.
    expectTypeOf<'dataCounts' | 'onDisplayState'>().not.toExtend<keyof WordedMethods>()
    expectTypeOf<Platform['dataCounts']>().toEqualTypeOf<ChannelMethods['dataCounts']>()
    expectTypeOf<Platform['dataCounts']>().toEqualTypeOf<() => Promise<DataCounts>>()
  })

  it('does not compile a Platform or a set of handlers that leaves a channel out', () => {
    // @ts-expect-error a channel's default method is left out
    const a: Platform = {} as Omit<Platform, 'dataCounts'>
    // @ts-expect-error an event's default method is left out
    const b: Platform = {} as Omit<Platform, 'onDisplayState'>
    // @ts-expect-error a channel's worded method is left out
    const c: Platform = {} as Omit<Platform, 'hubStatus'>
    // @ts-expect-error main has no handler for one channel
    const d: Handlers = {} as Omit<Handlers, 'backup:counts'>
    expect([a, b, c, d]).toHaveLength(4)
  })
})
