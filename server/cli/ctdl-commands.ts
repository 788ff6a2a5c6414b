// Handlers of `rungs export ctdl` and `rungs publish ctdl`: a pathway's CTDL graphs to files, or to Credential
// Engine's Registry Assistant.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ctdlConfigOf, readEnv, type Env } from '../env'
import { ctdlContext } from '../services/ctdl/context'
import { pathwayCtdl } from '../services/ctdl/load'
import { publishingGaps, publishPathway } from '../services/ctdl/publish'
import type { CtdlDocument } from '../services/ctdl/vocabulary'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'

// Rungs' public address for the graphs' subject webpages: --base, else this machine's server.
const originOf = (env: Env, base: string | undefined) => base ?? `http://localhost:${env.PORT}`

const ctidOf = (doc: CtdlDocument) => String(doc['@graph'][0]?.['ceterms:ctid'] ?? 'unknown')

// rungs export ctdl <slug> [--out folder] [--base url]
export async function exportCtdl({ env, out, err, string, positionals }: CommandContext): Promise<number> {
  if (positionals.length !== 1) {
    err('Usage: rungs export ctdl <pathway slug> [--out folder] [--base url]')
    return EXIT_USAGE
  }
  const config = readEnv(env)
  const db = openDatabase(config, err)
  try {
    const graphs = await pathwayCtdl(db, positionals[0]!, ctdlContext(ctdlConfigOf(config), originOf(config, string('base'))))
    const folder = string('out')
    if (!folder) {
      out(JSON.stringify(graphs.pathway, null, 2))
      return EXIT_OK
    }
    mkdirSync(folder, { recursive: true })
    const files: [string, CtdlDocument][] = [
      ['pathway.jsonld', graphs.pathway],
      ['progression-model.jsonld', graphs.progressionModel],
      ...graphs.courses.map((doc): [string, CtdlDocument] => [`course-${ctidOf(doc)}.jsonld`, doc]),
      ...graphs.credentials.map((doc): [string, CtdlDocument] => [`credential-${ctidOf(doc)}.jsonld`, doc]),
      ...graphs.frameworks.map((doc): [string, CtdlDocument] => [`framework-${ctidOf(doc)}.jsonld`, doc]),
    ]
    for (const [name, doc] of files) writeFileSync(join(folder, name), `${JSON.stringify(doc, null, 2)}\n`)
    err(`Wrote ${files.length} CTDL graphs to ${folder}: the pathway, its stages, ${graphs.courses.length} courses, ${graphs.credentials.length} credentials, ${graphs.frameworks.length} frameworks`)
    return EXIT_OK
  } finally {
    await db.destroy()
  }
}

// rungs publish ctdl <slug> [--base url]
export async function publishCtdl({ env, out, err, string, positionals }: CommandContext): Promise<number> {
  if (positionals.length !== 1) {
    err('Usage: rungs publish ctdl <pathway slug> [--base url]')
    return EXIT_USAGE
  }
  const config = readEnv(env)
  const ctdl = ctdlConfigOf(config)
  const gaps = publishingGaps(ctdl)
  if (gaps.length) {
    err(`Cannot publish to Credential Engine: ${gaps.join('; ')}. "rungs export ctdl" writes the graphs to files instead.`)
    return EXIT_USAGE
  }
  const db = openDatabase(config, err)
  try {
    const report = await publishPathway(db, null, positionals[0]!, ctdl, originOf(config, string('base')))
    for (const r of report.results) {
      out(`${r.ok ? 'published' : 'REFUSED  '} ${r.resource.padEnd(20)} ${r.ctid} ${r.name}`)
      for (const message of r.messages) out(`    ${message}`)
    }
    if (report.published) return EXIT_OK
    err(`Stopped after ${report.sent} of ${report.total} graphs; nothing after the refused one was sent.`)
    return EXIT_FAILED
  } finally {
    await db.destroy()
  }
}
