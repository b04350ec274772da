// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '@renderer/components/ui/error-boundary'

let broken = true
function Fragile() {
  if (broken) throw new Error('Unknown exercise: hula-hoop')
  return <p>All well</p>
}

describe('a screen that fails', () => {
  it('says what went wrong, that nothing saved changed, and offers a way back', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const back = vi.fn()
    render(
      <ErrorBoundary screen="History" onBack={back} backLabel="Back to Circuits">
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent('The History screen could not be shown')
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown exercise: hula-hoop')
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing you saved was changed.')
    broken = false
    fireEvent.click(screen.getByRole('button', { name: 'Back to Circuits' }))
    expect(back).toHaveBeenCalled()
    expect(screen.getByText('All well')).toBeInTheDocument()
  })

  it('standing for a whole page, puts its message in the page’s one main landmark', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    broken = true
    const { rerender } = render(
      <ErrorBoundary screen="Runner" onBack={vi.fn()} backLabel="Back to Circuits" page>
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('alert'))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The Runner screen could not be shown',
    )
    // Inside a shell, the shell's main holds it: the message adds none of its own.
    rerender(
      <ErrorBoundary screen="History" onBack={vi.fn()} backLabel="Back to Circuits" key="screen">
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.queryByRole('main')).toBeNull()
    expect(screen.getByRole('alert')).toBeInTheDocument()
  })
})
