/**
 * Builds the three Electron targets into out/:
 *   out/main/index.js       main process (ESM; dependencies stay in node_modules), with its worker
 *                           threads' entries beside it (import-worker.js, spelling-worker.js, media-worker.js; see
 *                           src/main/workers/worker-script.ts) and any shared chunk in the same folder
 *   out/preload/index.cjs   preload: ONE CommonJS file with everything inlined, as a sandboxed preload must be
 *   out/renderer/           index.html + assets
 */
import { resolve } from 'node:path';

import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'import-worker': resolve('src/main/workers/import-worker.ts'),
          'spelling-worker': resolve('src/main/workers/spelling-worker.ts'),
          'media-worker': resolve('src/main/workers/media-worker.ts'),
        },
        // One flat folder: main finds the preload, the renderer and the workers relative to its own file.
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
