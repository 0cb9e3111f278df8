/// <reference types="vitest" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// "static" rather than Vite's default "assets": /assets/{id} is the asset page's deep link.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', assetsDir: 'static', emptyOutDir: true, sourcemap: false, modulePreload: { polyfill: false } },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/registry/': 'http://127.0.0.1:8080', '/readyz': 'http://127.0.0.1:8080' } },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
