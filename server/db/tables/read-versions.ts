// Row types of the road map's own version counters (migration 20261212T930000), bumped by triggers only.
export interface ReadVersionsTable {
  // 'module', 'pathway' or 'catalogue'.
  scope: string
  scopeId: number
  version: number
}

// Per pathway, in shards summed on read, moved with the counters of read_versions it reads (migration
// 20261215T600000).
export interface PathwayReadVersionsTable {
  pathwayId: number
  shard: number
  version: number
}

export interface ReadVersionTables {
  read_versions: ReadVersionsTable
  pathway_read_versions: PathwayReadVersionsTable
}
