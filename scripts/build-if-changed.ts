// `npm start`'s first step: builds the web app unless dist/ already holds a build of the sources as they are
// (see scripts/web-build/stamp.ts), so a restart does not spend a build on nothing. Vite is loaded only to build.
import { fileURLToPath } from 'node:url'
import { isBuildCurrent } from './web-build/stamp'

const root = fileURLToPath(new URL('..', import.meta.url))
const outDir = fileURLToPath(new URL('../dist', import.meta.url))

if (isBuildCurrent(root, outDir)) console.log('The web app in dist/ is built from the current sources; not rebuilding')
else await (await import('vite')).build({ root: `${root}web`, configFile: `${root}vite.config.ts`, logLevel: 'warn' })
