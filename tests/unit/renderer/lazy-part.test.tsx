// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '@renderer/components/ui/error-boundary'
import { lazyPart } from '@renderer/lib/lazy-part'

function Greeting({ name }: { name: string }) {
  const [count, setCount] = useState(0)
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Hello {name} {count}
    </button>
  )
}

describe('a part of the page loaded on first use', () => {
  it('shows a quiet placeholder, then the part when its code arrives, with no timer', async () => {
    let arrive: (c: typeof Greeting) => void = () => undefined
    const load = vi.fn(() => new Promise<typeof Greeting>((r) => (arrive = r)))
    const { Part } = lazyPart(load)
    const { container } = render(<Part name="Ann" />)
    expect(container.querySelector('[aria-busy="true"]')).toBeInTheDocument()
    arrive(Greeting)
    expect(await screen.findByRole('button', { name: 'Hello Ann 0' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('fetches its code once when preloaded, then shows at once and keeps its state', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const { Part, preload } = lazyPart(load)
    await Promise.all([preload(), preload()])
    const { rerender } = render(<Part name="Ann" />)
    fireEvent.click(screen.getByRole('button', { name: 'Hello Ann 0' }))
    rerender(<Part name="Bo" />)
    expect(screen.getByRole('button', { name: 'Hello Bo 1' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('says when its code cannot be fetched, and Try again fetches it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting)
    const { Part } = lazyPart(load)
    render(
      <ErrorBoundary screen="History" onBack={() => undefined} backLabel="Back to Circuits">
        <Part name="Ann" />
      </ErrorBoundary>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch')
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('button', { name: 'Hello Ann 0' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
