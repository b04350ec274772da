// Bundles a TypeScript entry that uses main-process code into one ES module for plain Node,
// with a stand-in `electron` (the binary is not needed to read and write the stores).
import { resolve } from 'node:path'
import { build } from 'vite'

const root = resolve(import.meta.dirname, '../..')

/** Writes `<outDir>/<name>.mjs` from `entry`; returns its path. */
export async function bundleForNode(entry, outDir, name) {
  await build({
    configFile: false,
    logLevel: 'silent',
    resolve: {
      alias: {
        '@shared': resolve(root, 'src/shared'),
        electron: resolve(root, 'tests/support/fake-electron.mjs'),
      },
    },
    ssr: { noExternal: true },
    build: {
      ssr: resolve(root, entry),
      outDir,
      emptyOutDir: false,
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: `${name}.mjs` } },
    },
  })
  return resolve(outDir, `${name}.mjs`)
}
