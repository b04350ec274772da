import { lazyPart } from '@renderer/lib/lazy-part'
import type { CircuitDetailProps } from '@renderer/features/circuits/library/circuit-detail'
import type { CircuitEditorProps } from '@renderer/features/circuits/editor/circuit-editor'
import type { GenerateFormProps } from '@renderer/features/circuits/generate/generate-form'
import { loadOverload } from './use-suggested-steps'

/** The builder: its own chunk (with drag and drop), fetched on first use or when idle. */
export const LazyEditor = lazyPart<CircuitEditorProps>(() =>
  import('@renderer/features/circuits/editor/circuit-editor').then((m) => m.CircuitEditor),
)

/** The generator: its own chunk, fetched on first use or when idle. */
export const LazyGenerator = lazyPart<GenerateFormProps>(() =>
  import('@renderer/features/circuits/generate/generate-form').then((m) => m.GenerateForm),
)

/** An open circuit's pane: its own chunk, fetched when the page is idle or on first use. */
export const LazyDetail = lazyPart<CircuitDetailProps>(() =>
  import('@renderer/features/circuits/library/circuit-detail').then((m) => m.CircuitDetail),
)

/** An open circuit's pane and the rules behind its suggested next step, ahead of first use. */
export const preloadCircuitDetail = (): Promise<void> =>
  Promise.all([LazyDetail.preload(), loadOverload()]).then(() => undefined)

/** Fetches the builder's and the generator's code ahead of their first use. */
export function preloadCircuitPanes(): Promise<void> {
  return Promise.all([LazyEditor.preload(), LazyGenerator.preload()]).then(() => undefined)
}
