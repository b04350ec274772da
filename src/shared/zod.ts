/**
 * zod's small, tree-shaken build (`zod/mini`): every schema imports `z` from here. The classic
 * build is about 25 KB of gzipped JS, loaded whole by the first screen whatever it used.
 * Messages the app shows are its own (the circuit format's, the stores'); zod's English
 * wording, for refusals a developer reads, is `zod-english.ts`.
 */
export * from 'zod/mini'
