// Vite config for the attest web app. Run from the repo root:
//   npx vite build --config web/vite.config.ts   (outputs web/dist, served by the API process)
//   npx vite --config web/vite.config.ts         (dev server, proxies /api to the API on :8080)
import { defineConfig } from 'vite';

/** A file: URL as a path (no node:url import, so web/tsconfig.json can check this file with browser types). */
function toPath(url: URL): string {
  return decodeURIComponent(url.pathname).replace(/^\/([A-Za-z]:)/, '$1');
}

// Paths are taken from this file's location, so the config works from any working directory.
const webRoot = toPath(new URL('.', import.meta.url));
const repoRoot = toPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: 'public',
  // Vite 8 transforms TSX with Oxc; use React's automatic runtime (no plugin needed).
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'react' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Libraries change rarely: their own chunks stay cached across releases of the app.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
          ],
        },
      },
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" (for React Server Components); meaningless in an SPA bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
    },
    // The app imports the shared contract from ../src/contract.
    fs: { allow: [repoRoot] },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
});
