// The console's build: `npm run build:web` (npm ci runs it through `prepare`). Output in web/dist,
// served by the API process at / (src/http/plugins/console.ts). Hashed file names under assets/.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One small bundle; no inline scripts (the Content-Security-Policy allows none).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/v2': 'http://localhost:8443' } },
});
