import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import solid from 'vite-plugin-solid'
import { precompress } from './scripts/web-build/precompress'
import { sourcesStamp } from './scripts/web-build/stamp'

const root = fileURLToPath(new URL('.', import.meta.url))

// The web app lives in web/ and builds to dist/, which the server serves: precompressed (brotli, gzip), and
// stamped with the hash of its sources so `npm start` can skip a build that would change nothing.
export default defineConfig({
  root: 'web',
  plugins: [solid(), precompress(), sourcesStamp(root)],
  build: { outDir: '../dist', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
