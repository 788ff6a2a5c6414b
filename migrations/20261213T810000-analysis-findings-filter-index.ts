import type { Kysely } from 'kysely'

// A filtered page of stored findings counts those that pass by kind and severity (db/queries/analysis-snapshots:
// filteredCounts); without this index that read every row of the snapshot with its JSON body (a statewide
// analysis holds fifty thousand findings: over a second). With it the counts of a kind, severity, status (the
// fingerprint and facts hash a decision stands on) or level filter are read from the index alone.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('analysis_findings_filter_idx')
    .on('analysis_findings')
    .columns(['snapshot_id', 'kind', 'severity', 'fingerprint', 'facts_hash', 'levels'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('analysis_findings_filter_idx').execute()
}
