import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The API serves the built client from the same origin, so the client calls relative URLs;
// in development Vite forwards them to the API on its default local port.
const apiTarget = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    tsconfigPaths: true,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts (about 550 kB, 190 kB gzip) is one chunk loaded with the overview's first chart, never up
    // front; scripts/initial-size.mjs holds the budget for what a first visit downloads.
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Route tests click through whole pages; on a busy shared machine 5 s is too tight.
    testTimeout: 20_000,
    restoreMocks: true,
    clearMocks: true,
    // Testing Library colours its DOM dumps unless told not to; keep CI logs plain text.
    env: process.env.NO_COLOR || !process.stdout.isTTY ? { COLORS: 'false' } : {},
  },
});
