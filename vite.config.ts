import { defineConfig } from 'vite';

/** Builds the widget into one ES module a webmaster loads with a single script tag. */
export default defineConfig({
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
      // Library mode does not minify ES output unless asked.
      output: { minify: true },
    },
  },
});
