// Row type of the crosswalk pairs reviewers rejected, so they are not proposed again.
import type { Generated } from 'kysely'

export interface CrosswalkRejectionsTable {
  id: Generated<number>
  fromId: number
  toId: number
  rejectedBy: number | null
  rejectedAt: string
}

export interface CrosswalkTables {
  crosswalk_rejections: CrosswalkRejectionsTable
}
