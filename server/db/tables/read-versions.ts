// Row types of the road map's own version counters (migration 20261212T930000), bumped by triggers only.
export interface ReadVersionsTable {
  // 'module', 'pathway' or 'catalogue'.
  scope: string
  scopeId: number
  version: number
}

export interface ReadVersionTables {
  read_versions: ReadVersionsTable
}
