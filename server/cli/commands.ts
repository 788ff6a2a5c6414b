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
]
