import { defineConfig } from 'vite';

/** Builds the widget into one ES module a webmaster loads with a single script tag. */
export default defineConfig({
  // Production builds of dependencies whatever NODE_ENV says (vitest sets "test", which would bundle Lit's dev
  // mode and its console warning into what a test, or a webmaster after running the tests, gets).
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: 'widget/index.ts',
      formats: ['es'],
      fileName: () => 'heard.js',
    },
    rolldownOptions: {
      output: {
        // Library mode does not minify ES output unless asked.
        minify: true,
        // Each language pack is a chunk of its own; name it after its language, not after its file (pack.ts).
        chunkFileNames: (chunk) => {
          const language = /languages\/(\w+)\/pack\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return language ? `language-${language}-[hash].js` : '[name]-[hash].js';
        },
      },
    },
  },
});
