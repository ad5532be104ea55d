/**
 * Builds the `desk` command line into out/cli/desk.js (Node ESM; dependencies stay in node_modules),
 * with the import worker thread's entry beside it (out/cli/import-worker.js) and shared chunks in the same folder.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: {
        desk: 'src/cli/index.ts',
        'import-worker': 'src/main/workers/import-worker.ts',
        'media-worker': 'src/main/workers/media-worker.ts',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', format: 'es' },
    },
  },
});
