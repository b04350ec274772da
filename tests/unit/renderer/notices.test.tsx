// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useNotices } from '@renderer/app/use-notices'

function mountNotices() {
  const hook = renderHook(() => useNotices())
  return { hook, texts: () => hook.result.current.notices.map((n) => n.text) }
}

describe('the standing messages', () => {
  it('show a failed save until it saves again', () => {
    const n = mountNotices()
    act(() => n.hook.result.current.set('save:session', 'Could not save: the disk is full.'))
    expect(n.texts()).toEqual(['Could not save: the disk is full.'])
    act(() => n.hook.result.current.set('save:session', null))
    expect(n.texts()).toEqual([])
  })

  it('keep a dismissed repeat quiet, and show it again once it was put right in between', () => {
    const n = mountNotices()
    const full = 'Could not save: the disk is full.'
    act(() => n.hook.result.current.set('save:session', full))
    act(() => n.hook.result.current.dismiss('save:session'))
    act(() => n.hook.result.current.set('save:session', full))
    expect(n.texts()).toEqual([])
    // A save that worked, then the disk fills again: said again.
    act(() => n.hook.result.current.set('save:session', null))
    act(() => n.hook.result.current.set('save:session', full))
    expect(n.texts()).toEqual([full])
  })

  it('clear a message set and cleared before the screen caught up', () => {
    const n = mountNotices()
    act(() => {
      n.hook.result.current.set('save:plan', 'Could not save your plan.')
      n.hook.result.current.set('save:plan', null)
    })
    expect(n.texts()).toEqual([])
  })
})
