// rungs report: a pathway's findings (or crosswalk matrix) as JSON or CSV on stdout, or as a file; the XLSX
// workbook always goes to a file. It runs the same services as the API, as an anonymous reader sees the
// pathway (organisations' drafts are left out), so a report can be shared as it is.
import { writeFileSync } from 'node:fs'
import { z } from 'zod'
import { EXPORT_FORMATS, ExportQuery } from '../../shared/schemas/analysis'
import { readEnv } from '../env'
import { analysePathwayBySlug } from '../services/analysis/findings'
import { pathwayMatrix } from '../services/analysis/matrix'
import { exportPathway } from '../services/export/report'
import { EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'

// What the options may say: the API's export query, plus JSON (the default) as a format.
const ReportOptions = ExportQuery.extend({ format: z.enum(['json', ...EXPORT_FORMATS]).default('json') })

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
  const db = openDatabase(readEnv(env), err)
  try {
    let body: string | Buffer
    let file = string('out')
    if (query.format === 'json') {
      const result = query.what === 'matrix' ? await pathwayMatrix(db, slug, null, query) : await analysePathwayBySlug(db, slug, null, query)
      body = JSON.stringify(result, null, 2)
    } else {
      const exported = await exportPathway(db, slug, null, { ...query, format: query.format })
      body = exported.body
      if (query.format === 'xlsx') file ??= exported.filename
    }
    if (file === undefined) out(String(body).replace(/\r\n$/, ''))
    else {
      writeFileSync(file, body)
      err(`Wrote ${file}`)
    }
    return EXIT_OK
  } finally {
    await db.destroy()
  }
}
