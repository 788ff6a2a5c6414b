// /api/exports: downloads of a framework (by row id or CASE identifier) as a CASE 1.0 or 1.1 package (JSON) or an
// OpenSALT-layout workbook (XLSX), and of a pathway's curriculum workbook (XLSX) that the curriculum import takes back.
import { Hono } from 'hono'
import { CaseExportQuery, FrameworkRefParam } from '../../shared/schemas/case'
import { SlugParam } from '../../shared/schemas/pathway'
import { requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { buildCaseExport, exportFrameworkCase, findCaseDocument } from '../services/export-case/package'
import { urisFor } from '../services/export-case/shapes'
import { caseWorkbook } from '../services/export-case/xlsx'
import { outcomeTemplate } from '../services/outcomes/template'
import { exportCurriculum } from '../services/import/curriculum/export'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const fileName = (title: string, extension: string) => `${title.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'framework'}.${extension}`

export const frameworkExports = new Hono<AppEnv>()
  .get('/frameworks/:id/case', requireReader, validate('param', FrameworkRefParam), validate('query', CaseExportQuery), async (c) => {
    const { version } = c.req.valid('query')
    const pkg = await exportFrameworkCase(c.var.db, c.req.valid('param').id, urisFor(new URL(c.req.url).origin, version), version)
    c.header('Content-Disposition', `attachment; filename="${fileName(String(pkg.CFDocument.title), version === '1.1' ? 'case-1.1.json' : 'case.json')}"`)
    return c.json(pkg)
  })
  .get('/frameworks/:id/xlsx', requireReader, validate('param', FrameworkRefParam), async (c) => {
    const doc = await findCaseDocument(c.var.db, c.req.valid('param').id)
    const { pkg, sheets } = await buildCaseExport(c.var.db, doc, urisFor(new URL(c.req.url).origin))
    c.header('Content-Type', XLSX_TYPE)
    c.header('Content-Disposition', `attachment; filename="${fileName(doc.title, 'xlsx')}"`)
    return c.body(new Uint8Array(caseWorkbook(pkg, sheets)))
  })
  .get('/pathways/:slug/outcomes.xlsx', requireReader, validate('param', SlugParam), async (c) => {
    const { title, bytes } = await outcomeTemplate(c.var.db, c.var.user ?? null, c.req.valid('param').slug)
    c.header('Content-Type', XLSX_TYPE)
    c.header('Content-Disposition', `attachment; filename="${fileName(`${title} outcomes`, 'xlsx')}"`)
    return c.body(new Uint8Array(bytes))
  })
  .get('/pathways/:slug/curriculum.xlsx', requireReader, validate('param', SlugParam), async (c) => {
    const { title, bytes } = await exportCurriculum(c.var.db, c.req.valid('param').slug, c.var.user ?? null)
    c.header('Content-Type', XLSX_TYPE)
    c.header('Content-Disposition', `attachment; filename="${fileName(`${title} curriculum`, 'xlsx')}"`)
    return c.body(new Uint8Array(bytes))
  })
