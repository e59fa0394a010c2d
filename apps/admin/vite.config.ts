import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Served by the gateway at /admin; every asset is local (no CDN) and loaded from a file (strict CSP).
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
})
