// Row types of the stored analysis (migration 20261211T020000): input version counters (and their per-pathway
// rollup), computed snapshots with one row per finding, and the leases that let one replica at a time recompute
// a result.
import type { Generated } from 'kysely'

export interface AnalysisVersionsTable {
  // 'module', 'credential', 'framework', 'pathway', 'decisions' or 'global'; bumped by triggers only.
  scope: string
  scopeId: number
  version: number
}

// Per pathway, moved with every analysis_versions counter it reads (migrations 20261213T800000, 20261215T700000);
// by triggers only, each PostgreSQL connection in a shard of its own. The pathway's version is the shards' sum.
export interface PathwayInputVersionsTable {
  pathwayId: number
  shard: number
  version: number
}

export interface AnalysisSnapshotsTable {
  id: Generated<number>
  pathwayId: number
  // Whose view of the pathway: 'all', 'org:<id>' or 'approved' (services/analysis-cache/scope.ts).
  scope: string
  inputVersion: string
  computedAt: string
  complete: Generated<number>
  findingCount: Generated<number>
  counts: string | null
}

export interface AnalysisFindingsTable {
  snapshotId: number
  position: number
  kind: string
  severity: string
  fingerprint: string
  factsHash: string
  levels: string
  moduleIds: string
  competencyIds: string
  search: string
  body: string
}

export interface AnalysisLeasesTable {
  pathwayId: number
  scope: string
  owner: string | null
  until: string | null
  computations: Generated<number>
}

export interface AnalysisCacheTables {
  analysis_versions: AnalysisVersionsTable
  pathway_input_versions: PathwayInputVersionsTable
  analysis_snapshots: AnalysisSnapshotsTable
  analysis_findings: AnalysisFindingsTable
  analysis_leases: AnalysisLeasesTable
}
