import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import { readdirSync } from 'node:fs'

/*
 * The renderer's zones (src/renderer/src), held by `no-restricted-imports`:
 * - features/<f>/ may import its own files, components/, lib/ and platform/: never another
 *   feature, never app/.
 * - components/, lib/ and platform/ hold what features share: they import no feature and
 *   not app/.
 * - app/ composes the features (the shell, routes, the data hook) and may import them all.
 * - remote/ (the phone and TV pages) imports only the runner's public parts,
 *   `@renderer/features/runner` (its index.ts), and never app/.
 * - Everywhere in the renderer, a file in another folder is imported as `@renderer/…`; only
 *   `./x` in the same folder stays relative. Climbing out with `../` is refused, except to the
 *   preload's types and the sound files, which live outside src/renderer/src.
 * What two features both need moves down into components/ (shared UI), lib/ (shared hooks
 * and helpers) or platform/ (the host).
 */
const FEATURES = readdirSync(new URL('./src/renderer/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const CLIMBING = {
  regex: '^(\\.\\./)+(?!\\.\\./|preload/|resources/)',
  message:
    'Import a file from another folder as @renderer/…; only ./x in the same folder is relative.',
}
const NO_APP = {
  regex: '^@renderer/app(/|$)',
  message: 'Only app/ composes features: move what this needs to components/, lib/ or platform/.',
}
const zone = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [CLIMBING, ...patterns] }] },
})
const RENDERER_ZONES = [
  zone(['src/renderer/src/**/*.{ts,tsx}']),
  zone(['src/renderer/src/{components,lib,platform}/**/*.{ts,tsx}'], NO_APP, {
    regex: '^@renderer/features(/|$)',
    message: 'components/, lib/ and platform/ are shared by features and import none of them.',
  }),
  // The phone and TV pages show a session as the runner does, through its public parts only.
  zone(['src/renderer/src/remote/**/*.{ts,tsx}'], NO_APP, {
    regex: '^@renderer/features/(?!runner$)',
    message:
      "The remote pages use only the runner's public parts: import them from @renderer/features/runner (its index.ts).",
  }),
  ...FEATURES.map((feature) =>
    zone([`src/renderer/src/features/${feature}/**/*.{ts,tsx}`], NO_APP, {
      regex: `^@renderer/features/(?!${feature}/)`,
      message: `features/${feature} may not import another feature: move what both need to components/, lib/ or platform/.`,
    }),
  ),
]

/*
 * src/shared stays pure: no Electron, React, DOM-only or Node imports. Its groups are layers,
 * each importing only the ones before it in SHARED_LAYERS (so no cycle between them);
 * ipc-contract.ts and csp.ts at its root bind main, preload and renderer, and no group
 * imports them.
 */
const PURE = {
  group: ['electron', 'react', 'react-dom', 'node:*', 'howler', 'electron-store'],
  message: 'src/shared stays pure: no Electron, React, DOM-only or Node imports.',
}
const SHARED_LAYERS = ['circuits', 'engine', 'training', 'data']
const SHARED_ZONES = [
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [PURE] }] },
  },
  ...SHARED_LAYERS.map((layer, i) => {
    const above = [...SHARED_LAYERS.slice(i + 1), 'ipc-contract', 'csp']
    return {
      files: [`src/shared/${layer}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              PURE,
              {
                regex: `^(\\.\\./|@shared/)(${above.join('|')})(/|$)`,
                message: `shared/${layer} may import only ${['its own files', ...SHARED_LAYERS.slice(0, i)].join(', ')}: the layers run ${SHARED_LAYERS.join(' → ')}, then ipc-contract.`,
              },
            ],
          },
        ],
      },
    }
  }),
]

export default tseslint.config(
  { ignores: ['out', 'dist', 'node_modules', 'test-results', 'playwright-report', 'resources'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bench/*.mjs', 'tests/support/*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/refs': 'off' },
  },
  ...SHARED_ZONES,
  ...RENDERER_ZONES,
  {
    // IPC goes through the typed wrappers only: src/main/ipc.ts and src/preload/api.ts. Schemas
    // take `z` from src/shared/zod.ts (zod/mini), never classic zod.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/main/ipc.ts',
      'src/preload/api.ts',
      'src/shared/zod.ts',
      'src/shared/zod-english.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^zod(\\/|$)/]',
          message: 'Import z from @shared/zod (zod/mini).',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcMain']",
          message: 'Use the typed IPC wrapper.',
        },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Use the typed IPC wrapper.',
        },
        {
          selector: 'MemberExpression[property.name=/^ipc(Main|Renderer)$/]',
          message: 'Use the typed IPC wrapper.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Benchmarks and screenshots pass functions into the page, where browser globals exist.
    files: ['bench/**/*.mjs', 'scripts/screenshots.mjs', 'tests/support/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
)
