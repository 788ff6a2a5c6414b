// The commands of `rungs`, in the order help lists them. Adding a command is adding its entry here; handlers
// are loaded only when their command runs, so help and usage errors answer without loading the server.
import type { Command, OptionSpec } from './command'

const serverOptions: Record<string, OptionSpec> = {
  port: { type: 'string', placeholder: 'n', help: 'port to listen on (default: PORT, else 3000)' },
  host: { type: 'string', placeholder: 'address', help: 'address to bind (default: HOST, else 0.0.0.0)' },
}

export const commands: Command[] = [
  {
    name: 'start',
    summary: 'Migrate to the latest schema, load the demo if the database is empty, then serve (npm start)',
    options: serverOptions,
    run: async (context) => (await import('./serve-commands')).start(context),
  },
  {
    name: 'serve',
    summary: 'Serve the API and the built web app (dist/) on the database as it is',
    options: serverOptions,
    run: async (context) => (await import('./serve-commands')).serve(context),
  },
  {
    name: 'migrate',
    summary: 'Bring the database schema to the latest migration (--down reverts the last one)',
    options: { down: { type: 'boolean', help: 'revert the most recent migration instead' } },
    run: async (context) => (await import('./data-commands')).migrate(context),
  },
  {
    name: 'seed',
    summary: 'Migrate, then load the demo pathway "Production Technician to CNC Machinist" into an empty database',
    options: {},
    run: async (context) => (await import('./data-commands')).seed(context),
  },
  {
    name: 'report',
    summary: 'Analyse a pathway: its findings (or crosswalk matrix) as JSON or CSV on stdout, or an XLSX workbook',
    options: {
      pathway: { type: 'string', placeholder: 'slug', help: 'the pathway to report on (required)' },
      format: { type: 'string', placeholder: 'json|csv|xlsx', help: 'json (default); xlsx is written to <slug>-findings.xlsx unless --out' },
      out: { type: 'string', placeholder: 'file', help: 'write to this file instead of stdout' },
      what: { type: 'string', placeholder: 'findings|matrix', help: 'for json and csv: the findings (default) or the crosswalk matrix' },
      kind: { type: 'string', placeholder: 'kinds', help: 'only these finding kinds, comma-separated (e.g. uncovered,bridge_gap)' },
      severity: { type: 'string', placeholder: 'severities', help: 'only these severities: critical, warning, info' },
      level: { type: 'string', placeholder: 'levels', help: 'only findings and matrix columns of these module levels' },
    },
    run: async (context) => (await import('./report-command')).report(context),
  },
  {
    name: 'import',
    summary: 'Import a framework from a CASE package (.json), an OpenSALT workbook or a plain sheet (.xlsx, .csv)',
    arguments: '<file>',
    options: {
      format: { type: 'string', placeholder: 'case|opensalt|sheet', help: 'the file\'s format (default: guessed from its content)' },
      'dry-run': { type: 'boolean', help: 'check the file and print what would change, without writing' },
      title: { type: 'string', placeholder: 'text', help: 'the framework\'s title (plain sheets: default the file name)' },
      kind: { type: 'string', placeholder: 'kind', help: 'occupational (default), basic_skills or employability' },
      framework: { type: 'string', placeholder: 'id', help: 'plain sheets: update this framework instead of creating one' },
    },
    run: async (context) => (await import('./import-commands')).importFile(context),
  },
  {
    name: 'export framework',
    summary: 'Export a framework (by id or CASE identifier) as a CASE 1.0 or 1.1 package (JSON) or an OpenSALT-layout workbook (XLSX)',
    arguments: '<id|identifier>',
    options: {
      format: { type: 'string', placeholder: 'case|xlsx', help: 'case (default) or xlsx' },
      'case-version': { type: 'string', placeholder: '1.0|1.1', help: 'the CASE version written (default: the one it was imported in, else 1.0)' },
      out: { type: 'string', placeholder: 'file', help: 'write to this file (default: stdout for case, <title>.xlsx for xlsx)' },
      base: { type: 'string', placeholder: 'url', help: 'the server\'s address, for URIs (default: urn:uuid: names)' },
    },
    run: async (context) => (await import('./import-commands')).exportFramework(context),
  },
  {
    name: 'export pathway',
    summary: 'Export a pathway as a pathway package (JSON, "rungsPackage": "1.0"); rungs import <file> reads it back',
    arguments: '<slug>',
    options: {
      'embed-frameworks': { type: 'boolean', help: 'embed each framework as a CASE package, for an instance that lacks them' },
      out: { type: 'string', placeholder: 'file', help: 'write to this file (default: stdout)' },
      base: { type: 'string', placeholder: 'url', help: 'the server\'s address, for the embedded frameworks\' URIs (default: urn:uuid: names)' },
    },
    run: async (context) => (await import('./package-commands')).exportPathway(context),
  },
  {
    name: 'export ctdl',
    summary: "Export a pathway as CTDL JSON-LD for Credential Engine (the pathway's graph, or every graph it needs with --out)",
    arguments: '<slug>',
    options: {
      out: { type: 'string', placeholder: 'folder', help: 'write the pathway, its stages, courses, credentials and frameworks here (default: the pathway to stdout)' },
      base: { type: 'string', placeholder: 'url', help: "Rungs' public address, for the subject webpages (default: http://localhost:$PORT)" },
    },
    run: async (context) => (await import('./ctdl-commands')).exportCtdl(context),
  },
  {
    name: 'publish ctdl',
    summary: "Publish a pathway's CTDL graphs to Credential Engine (CE_API_URL, CE_API_KEY, CE_ORGANIZATION_CTID)",
    arguments: '<slug>',
    options: {
      base: { type: 'string', placeholder: 'url', help: "Rungs' public address, for the subject webpages (default: http://localhost:$PORT)" },
    },
    run: async (context) => (await import('./ctdl-commands')).publishCtdl(context),
  },
  {
    name: 'backup',
    summary: 'Copy the SQLite database to a file, consistently, while the server keeps running (PostgreSQL: pg_dump)',
    arguments: '<file>',
    options: { force: { type: 'boolean', help: 'replace the file if it exists' } },
    run: async (context) => (await import('./backup-commands')).backup(context),
  },
  {
    name: 'restore',
    summary: 'Replace the SQLite database with a backup; stop the server first (PostgreSQL: pg_restore)',
    arguments: '<file>',
    options: { force: { type: 'boolean', help: 'replace a database that already holds data' } },
    run: async (context) => (await import('./backup-commands')).restore(context),
  },
  {
    name: 'user add',
    summary: 'Create an account: --email, --role, optionally --name, --org (organisation name) and --password',
    options: {
      email: { type: 'string', placeholder: 'address', help: 'the sign-in email (required)' },
      role: { type: 'string', placeholder: 'role', help: 'admin, faculty, abe_instructor, employer or viewer (required)' },
      name: { type: 'string', placeholder: 'text', help: 'the name people see (default: the part of the email before @)' },
      org: { type: 'string', placeholder: 'name', help: 'the organisation, created when new (kind "other")' },
      password: { type: 'string', placeholder: 'text', help: 'at least 12 characters; omitted: one is generated and printed once' },
    },
    run: async (context) => (await import('./user-commands')).addUser(context),
  },
  {
    name: 'owners adopt',
    summary: 'Give every row that belongs to no organisation (only admins may change those) to an organisation',
    options: {
      org: { type: 'string', placeholder: 'name', help: 'the organisation that is to own the rows (required; it must exist)' },
      table: { type: 'string', placeholder: 'table', help: 'only this table: frameworks, credentials, modules, pathways or articulations' },
      'dry-run': { type: 'boolean', help: 'count the rows without changing them' },
    },
    run: async (context) => (await import('./owner-commands')).adoptOwners(context),
  },
]
