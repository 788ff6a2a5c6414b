// Helpers of the import tests: uploads as multipart forms, and a fingerprint of the tables an import writes.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ImportJob } from '../../shared/schemas/import'
import type { Db } from '../../server/db/connect'
import type { Answer, ApiClient } from '../support/api'

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import')
// Real CASE files published by OpenSALT (MIT), copied into fixtures/case with their source and licence.
export const CASE_FILES = join(import.meta.dirname, '../../fixtures/case')

// A multipart form carrying a file and the options as JSON.
export function uploadForm(content: Buffer | string, name: string, options: object = {}): FormData {
  const form = new FormData()
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  form.append('file', new File([new Uint8Array(bytes)], name))
  form.append('options', JSON.stringify(options))
  return form
}

// A fixture file's bytes.
export const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name))

const TABLES = ['frameworks', 'competencies', 'competency_links', 'audit_log', 'modules', 'outcomes', 'alignments', 'supports', 'module_funding', 'pathways'] as const

// Row counts and a checksum of every row of the tables an import may write.
export async function fingerprint(db: Db) {
  const counts: Record<string, number> = {}
  const hash = createHash('sha256')
  for (const table of TABLES) {
    const rows = await db.selectFrom(table).selectAll().orderBy('id').execute()
    counts[table] = rows.length
    hash.update(JSON.stringify(rows))
  }
  return { counts, checksum: hash.digest('hex') }
}

// A minimal zip holding one stored-as-deflate part whose declared size is `size` (CRC left at 0): enough for
// the zip-bomb guard, which reads only the central directory.
export function zipWithPart(name: string, compressed: Buffer, size: number): Buffer {
  const nameBytes = Buffer.from(name)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(compressed.length, 18)
  local.writeUInt32LE(size, 22)
  local.writeUInt16LE(nameBytes.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(compressed.length, 20)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(nameBytes.length, 28)
  const directoryAt = local.length + nameBytes.length + compressed.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + nameBytes.length, 12)
  end.writeUInt32LE(directoryAt, 16)
  return Buffer.concat([local, nameBytes, compressed, central, nameBytes, end])
}

// Commits an upload and answers as a commit on the spot would: a large file's job is followed to its end (201
// with the summary when done, its error's status and body when failed).
export async function commitAndWait(api: ApiClient, form: FormData): Promise<Answer> {
  const answer = await api.post('/imports/commit', form)
  if (answer.status !== 202) return answer
  for (;;) {
    const job = (await api.get<ImportJob>(`/import-jobs/${answer.body.job.id}`)).body
    if (job.status === 'done') return { status: 201, body: job.result, headers: answer.headers }
    if (job.status === 'failed') return { status: job.error!.status, body: { error: job.error }, headers: answer.headers }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
