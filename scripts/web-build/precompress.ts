// Brotli and gzip copies of the built text files (file.js.br, file.js.gz), so the server sends them compressed
// without compressing on each request (server/web-assets.ts picks one by the request's Accept-Encoding).
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

// Text files worth compressing; smaller ones fit in a packet as they are. Source maps are left to the browser's
// developer tools, which ask for them rarely.
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt)$/
export const PRECOMPRESS_ABOVE_BYTES = 1024

// Writes the .br and .gz copies of every compressible file in `folder` (and below) larger than the threshold;
// answers the paths it compressed.
export async function precompressFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name)).map((entry) => join(entry.parentPath, entry.name))
  const compressed = await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file)
      if (content.length <= PRECOMPRESS_ABOVE_BYTES) return null
      const [br, gz] = await Promise.all([
        brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ])
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
      return file
    }),
  )
  return compressed.filter((file) => file !== null)
}

// The build step: once Vite has written the bundle, compress what it wrote.
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'rungs-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async writeBundle() {
      await precompressFolder(outDir)
    },
  }
}
