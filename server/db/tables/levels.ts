// Row types of the level scales adult education uses, and of the modules a bridge prepares learners for.
import type { Generated } from 'kysely'
import type { EntryLevelScale } from '../../../shared/domain/vocabulary'

// One level of the basic-skill scale (e.g. CCRS A–E), lowest position first.
export interface SkillLevelsTable {
  id: Generated<number>
  code: string
  label: string
  description: string | null
  position: number
}

// One NRS Educational Functioning Level, with the basic-skill level its learners work at.
export interface EntryLevelsTable {
  id: Generated<number>
  code: string
  scale: EntryLevelScale
  label: string
  skillLevelId: number
  position: number
}

export interface BridgeTargetsTable {
  bridgeId: number
  targetId: number
}

export interface LevelTables {
  skill_levels: SkillLevelsTable
  entry_levels: EntryLevelsTable
  bridge_targets: BridgeTargetsTable
}
