// What the API answers about the level scales (GET /api/levels): the basic-skill scale, the NRS Educational
// Functioning Levels, and warnings about data that names levels off the scales.
import { z } from 'zod'
import { ENTRY_LEVEL_SCALES } from '../../domain/vocabulary'
import { LEVEL_WARNING_KINDS } from '../levels'
import { Count, RowId } from './common'

export const LevelScalesAnswer = z.object({
  skillLevels: z.array(z.object({ id: RowId, code: z.string(), label: z.string(), description: z.string().nullable(), position: z.number().int() })),
  entryLevels: z.array(
    z.object({ id: RowId, code: z.string(), scale: z.enum(ENTRY_LEVEL_SCALES), label: z.string(), skillLevel: z.string(), position: z.number().int() }),
  ),
  warnings: z.array(z.object({ kind: z.enum(LEVEL_WARNING_KINDS), code: z.string(), count: Count, message: z.string() })),
})
export type LevelScalesAnswer = z.input<typeof LevelScalesAnswer>
