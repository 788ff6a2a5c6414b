// Which sources a build of the web app came from, so that `npm start` rebuilds only when they changed: a hash
// of every file the build reads, written next to the build when it succeeds.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import type { Plugin } from 'vite'

// What a build reads, relative to the repository root: the app, the code it shares with the server, the build's
// own configuration and plugins, and the locked dependency versions.
const WEB_SOURCES = ['web', 'shared', 'scripts/web-build', 'vite.config.ts', 'package-lock.json', 'tsconfig.json']

// The file in the build folder that names the sources it was built from.
export const STAMP_FILE = '.web-sources'

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)))
}

// A hash of the names and contents of the web sources under `root`.
export function webSourcesHash(root: string): string {
  const hash = createHash('sha256')
  const files = WEB_SOURCES.flatMap((source) => filesUnder(join(root, source))).sort()
  for (const file of files) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

// True when `outDir` holds a complete build of the sources as they are now.
export function isBuildCurrent(root: string, outDir: string): boolean {
  const stamp = join(outDir, STAMP_FILE)
  return existsSync(join(outDir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === webSourcesHash(root)
}

// Hashes the sources as the build starts and writes the stamp once the build has written everything, so a failed
// or interrupted build leaves no stamp and the next start builds again.
export function sourcesStamp(root: string): Plugin {
  let hash = ''
  let outDir = ''
  return {
    name: 'rungs-sources-stamp',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    buildStart() {
      hash = webSourcesHash(root)
    },
    closeBundle() {
      writeFileSync(join(outDir, STAMP_FILE), `${hash}\n`)
    },
  }
}
