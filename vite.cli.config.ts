/** Builds the `desk` command line into out/cli/desk.js (Node ESM; dependencies stay in node_modules). */
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: 'src/cli/index.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'desk.js', format: 'es' } },
  },
});
