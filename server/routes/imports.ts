// /api/imports: framework files (CASE JSON, OpenSALT workbooks, plain sheets and CSV), and a pathway's curriculum
// workbook, and a partnership's local wages (CSV), uploaded as multipart forms. Preview reads and checks without writing; commit re-reads the same upload and writes it in one
// transaction. Nothing is kept between the two, so a commit carries the file again (with the preview's hash).
// A large file's commit is a job instead (202 with it; GET /api/import-jobs/:id follows it), written on a worker.
// The upload's size limit is the body limit of these routes (middleware/body-limit.ts).
import { Hono } from 'hono'
import { CurriculumForm } from '../../shared/schemas/curriculum'
import { ImportForm } from '../../shared/schemas/import'
import { LocalWageImportForm } from '../../shared/schemas/labor'
import { SlugParam } from '../../shared/schemas/pathway'
import { requirePermission } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { applyCurriculum, previewCurriculum } from '../services/import/curriculum/index'
import { commitImport, previewImport, type Upload } from '../services/import/index'
import { startImportJob } from '../services/import/jobs'
import { commitLocalWages, previewLocalWages } from '../services/labor/local-wage-import'

// The uploaded file's bytes and name.
export const uploadOf = async (file: File): Promise<Upload> => ({ bytes: Buffer.from(await file.arrayBuffer()), fileName: file.name })

export const imports = new Hono<AppEnv>()
  .post('/preview', requirePermission('framework:write'), validate('form', ImportForm), async (c) => {
    const { file, options } = c.req.valid('form')
    return c.json(await previewImport(c.var.db, await uploadOf(file), options, { actor: c.var.user! }))
  })
  .post('/commit', requirePermission('framework:write'), validate('form', ImportForm), async (c) => {
    const { file, options } = c.req.valid('form')
    const upload = await uploadOf(file)
    if (upload.bytes.length > c.var.config.importJobAboveBytes) {
      return c.json({ job: await startImportJob(c.var.db, c.var.imports, c.var.user!, upload, options) }, 202)
    }
    const done = await c.var.db.transaction().execute((trx) => commitImport(trx, c.var.user!, upload, options))
    return c.json(done, 201)
  })
  .post('/curriculum/:slug/preview', requirePermission('pathway:write'), validate('param', SlugParam), validate('form', CurriculumForm), async (c) => {
    const { file } = c.req.valid('form')
    return c.json(await previewCurriculum(c.var.db, c.var.user!, c.req.valid('param').slug, (await uploadOf(file)).bytes))
  })
  .post('/curriculum/:slug/commit', requirePermission('pathway:write'), validate('param', SlugParam), validate('form', CurriculumForm), async (c) => {
    const { file, options } = c.req.valid('form')
    const { bytes } = await uploadOf(file)
    const { slug } = c.req.valid('param')
    const done = await c.var.db.transaction().execute((trx) => applyCurriculum(trx, c.var.user!, slug, bytes, options.expectedHash))
    return c.json(done, 201)
  })
  .post('/local-wages/preview', requirePermission('pathway:write'), validate('form', LocalWageImportForm), async (c) => {
    const { file, options } = c.req.valid('form')
    return c.json(await previewLocalWages(c.var.db, c.var.user!, (await uploadOf(file)).bytes, options.organisationId))
  })
  .post('/local-wages/commit', requirePermission('pathway:write'), validate('form', LocalWageImportForm), async (c) => {
    const { file, options } = c.req.valid('form')
    const { bytes } = await uploadOf(file)
    const done = await c.var.db.transaction().execute((trx) => commitLocalWages(trx, c.var.user!, bytes, options))
    return c.json(done, 201)
  })
