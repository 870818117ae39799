import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The API serves the built client from the same origin, so the client calls relative URLs;
// in development Vite forwards them to the API on its default local port.
const apiTarget = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [
    react(),
    // Installable on a phone: a web manifest and a service worker (Workbox) that keeps the app shell and the
    // built assets, so the dashboard opens without a connection. It never answers /api/*: those requests go to
    // the network as if there were no worker (what an officer types offline is kept by the page, in
    // IndexedDB: src/lib/offline). A new build's worker takes over at the next visit.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'PapiTracker',
        short_name: 'PapiTracker',
        description: 'Theo dõi kế hoạch nâng cao chỉ số PAPI / Tracking the plan to improve the PAPI index',
        lang: 'vi',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/swagger/, /^\/health/],
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
