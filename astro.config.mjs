// @ts-check
/**
 * Astro site config: static output, React islands, and the Vite settings that let the
 * sandbox Web Worker and Monaco's editor/JSON workers bundle as ES-module workers.
 */
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { monacoStylesInJs } from './src/build/monaco-styles-in-js.mjs';

export default defineConfig({
  output: 'static',
  integrations: [react()],
  server: { port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    plugins: [monacoStylesInJs()],
    worker: { format: 'es' },
    build: {
      // Monaco's editor chunk is large by nature; it is lazy-loaded, so don't warn about it.
      chunkSizeWarningLimit: 4000,
    },
    optimizeDeps: {
      // Monaco ships ESM with CSS imports and worker URLs; pre-bundling breaks both in dev.
      exclude: ['monaco-editor'],
    },
  },
});
