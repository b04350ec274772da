import { Component, type ErrorInfo, type ReactNode } from 'react'
import styles from './error-boundary.module.css'

export interface ErrorBoundaryProps {
  /** What the screen is called, for the message. */
  screen: string
  /**
   * For a part of a screen rather than a screen: the message's heading, a level below the
   * screen's own ("Your unfinished session could not be offered").
   */
  partHeading?: string
  /** The way back: another screen that works. */
  onBack: () => void
  backLabel: string
  /**
   * The boundary stands for a whole page with no shell around it (the runner, the display
   * window): its message is then the page's one `main`.
   */
  page?: boolean
  children: ReactNode
}

interface State {
  error: Error | null
}

/**
 * Around every screen: a screen that fails says what went wrong and offers a way back,
 * instead of leaving a blank window. Saved data is not touched by a failure to show it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.screen} screen failed`, error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    const message = (
      <section role="alert" className={['alert', styles.failed].join(' ')}>
        {this.props.partHeading ? (
          <h2>{this.props.partHeading}</h2>
        ) : (
          <h1>The {this.props.screen} screen could not be shown</h1>
        )}
        <p>{error.message.slice(0, 300) || 'Something went wrong.'}</p>
        <p>Nothing you saved was changed.</p>
        <div className={styles.actions}>
          <button type="button" className="primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button
            type="button"
            onClick={() => {
              this.setState({ error: null })
              this.props.onBack()
            }}
          >
            {this.props.backLabel}
          </button>
        </div>
      </section>
    )
    return this.props.page ? <main>{message}</main> : message
  }
}
