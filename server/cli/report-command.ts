// rungs report: a pathway's findings (or crosswalk matrix) as JSON or CSV on stdout, or as a file; the XLSX
// workbook always goes to a file. It runs the same services as the API, as an anonymous reader sees the
// pathway (organisations' drafts are left out), so a report can be shared as it is; its findings are the stored
// analysis (brought up to date on analysis threads for a big pathway), so a report costs no analysis of its own
// when the findings page or another report already stored it.
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { z } from 'zod'
import { EXPORT_FORMATS, ExportQuery } from '../../shared/schemas/analysis'
import { outcomeRulesOf, readEnv } from '../env'
import { outcomeAnalysisOptions } from '../services/analysis/outcome-options'
import { storedFindings } from '../services/analysis-cache/stored-report'
import { pathwayMatrix } from '../services/analysis/matrix'
import { exportPathway, type ExportFile } from '../services/export/report'
import { EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'

// What the options may say: the API's export query, plus JSON (the default) as a format.
const ReportOptions = ExportQuery.extend({ format: z.enum(['json', ...EXPORT_FORMATS]).default('json') })

// The text of an export for stdout, its byte order mark kept (a decoder would drop it).
async function textOf(body: ExportFile['body']): Promise<string> {
  const bytes = body instanceof ReadableStream ? await new Response(body).arrayBuffer() : body
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

// rungs report --pathway <slug> [--format json|csv|xlsx] [--out file] [--what findings|matrix] [filters]
export async function report({ env, out, err, string }: CommandContext): Promise<number> {
  const slug = string('pathway')
  const parsed = ReportOptions.safeParse(Object.fromEntries(['format', 'what', 'kind', 'severity', 'level'].map((name) => [name, string(name)])))
  if (!slug || !parsed.success) {
    const problems = parsed.success ? [] : parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`)
    err(['Usage: rungs report --pathway <slug> [--format json|csv|xlsx] [--out file]', ...(slug ? [] : ['--pathway is required']), ...problems].join('\n'))
    return EXIT_USAGE
  }
  const query = parsed.data
  // Which database goes to stderr, so that JSON and CSV on stdout stay clean.
  const settings = readEnv(env)
  const db = openDatabase(settings, err)
  const options = outcomeAnalysisOptions({ outcomeMinCount: settings.RUNGS_OUTCOME_MIN_COUNT, outcomeFindings: outcomeRulesOf(settings) })
  try {
    let body: string | ExportFile['body']
    let file = string('out')
    if (query.format === 'json') {
      const result = query.what === 'matrix' ? await pathwayMatrix(db, slug, null, query) : await storedFindings(db, slug, null, query, options)
      body = JSON.stringify(result, null, 2)
    } else {
      const exported = await exportPathway(db, slug, null, { ...query, format: query.format }, undefined, options)
      body = exported.body
      if (query.format === 'xlsx') file ??= exported.filename
    }
    if (file === undefined) out((typeof body === 'string' ? body : await textOf(body)).replace(/\r\n$/, ''))
    else {
      // A streamed CSV file goes to disk as it is produced.
      await pipeline(body instanceof ReadableStream ? Readable.fromWeb(body as NodeReadableStream<Uint8Array>) : Readable.from([body]), createWriteStream(file))
      err(`Wrote ${file}`)
    }
    return EXIT_OK
  } finally {
    await db.destroy()
  }
}
