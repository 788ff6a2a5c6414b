import { defineConfig } from 'vite'
import solid from 'vite-plugin-solid'

// The web app lives in web/ and builds to dist/, which the server serves.
export default defineConfig({
  root: 'web',
  plugins: [solid()],
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
