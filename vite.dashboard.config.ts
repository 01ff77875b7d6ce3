import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the agency dashboard into `dist/dashboard/`: one HTML page that names hashed files, nothing inline,
 * so the collector can serve it under a CSP without 'unsafe-inline'.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./server/dashboard/ui/', import.meta.url)),
  base: '/dashboard/',
  publicDir: false,
  // Production builds of dependencies whatever NODE_ENV says (vitest sets "test": Lit's dev mode otherwise).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: fileURLToPath(new URL('./dist/dashboard/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The polyfill is an inline script; every browser the dashboard supports preloads modules natively.
    modulePreload: { polyfill: false },
    // Keep assets as files: data: URLs would need a looser CSP for anything but images.
    assetsInlineLimit: 0,
  },
});
