import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { reportSize } from './scripts/size-report.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
// The dev server proxies the API and socket.io to a running Technolab server (npm start).
const backend = process.env.TECHNOLAB_SERVER ?? 'http://localhost:3000';

/** Prints the initial JavaScript size after every production build, so a regression shows at once. */
function sizeReport(): Plugin {
  return {
    name: 'technolab-size-report',
    apply: 'build',
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        reportSize(`${root}dist`);
      },
    },
  };
}

/**
 * @monaco-editor/loader carries a default jsdelivr URL for when no Monaco is configured. We always
 * configure the bundled one; blanking the URL makes sure a mistake can never reach a CDN from a
 * school with no internet (and lets the offline test grep the build for CDN hosts).
 */
function noCdn(): Plugin {
  return {
    name: 'technolab-no-cdn',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@monaco-editor/loader')) return null;
      return code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/monaco-editor@[^'"]*/g, '/monaco-from-cdn-is-disabled');
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), noCdn(), sizeReport()],
  // Common judge code (board, parts, world) is imported from ../../judge; let the dev server read it.
  server: {
    fs: { allow: [repo] },
    proxy: {
      '/api': backend,
      '/socket.io': { target: backend, ws: true },
    },
  },
  worker: { format: 'es' },
  build: {
    outDir: `${root}dist`,
    emptyOutDir: true,
    target: 'es2022',
    // Monaco is a big lazy chunk by design; the budget that matters is the entry (see size-report).
    chunkSizeWarningLimit: 5000,
    reportCompressedSize: false,
  },
});
