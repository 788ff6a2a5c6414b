// Parses the command line, dispatches to the command table, and prints help and usage errors.
import { parseArgs } from 'node:util'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command, type Io } from './command'
import { commands } from './commands'

const CONFIGURATION = [
  'Configuration (environment variables):',
  '  RUNGS_DB      SQLite file (default ./data/rungs.db)',
  '  DATABASE_URL  postgres://… switches to PostgreSQL',
  '  PORT, HOST    where serve and start listen (default 3000 on 0.0.0.0)',
  '  RUNGS_TRUSTED_PROXIES  reverse proxies whose X-Forwarded-For is believed (addresses, CIDR ranges)',
]

// The overview: every command with its one line.
export function helpText(): string {
  const rows: [string, string][] = [...commands.map((c): [string, string] => [c.name, c.summary]), ['help', 'Show this help, or a command\'s options: rungs help <command>']]
  const width = Math.max(...rows.map(([name]) => name.length)) + 2
  return [
    'Usage: rungs <command> [options]',
    '',
    'Commands:',
    ...rows.map(([name, summary]) => `  ${name.padEnd(width)}${summary}`),
    '',
    ...CONFIGURATION,
  ].join('\n')
}

// One command's usage and options.
export function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]): [string, string] => [
    `--${name}${spec.placeholder ? ` <${spec.placeholder}>` : ''}`,
    spec.help,
  ])
  const width = Math.max(0, ...options.map(([flag]) => flag.length)) + 2
  return [
    `Usage: rungs ${command.name}${command.arguments ? ` ${command.arguments}` : ''}${options.length ? ' [options]' : ''}`,
    command.summary,
    ...(options.length ? ['', 'Options:', ...options.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`)] : []),
  ].join('\n')
}

function parseOptions(command: Command, args: string[]) {
  const options = Object.fromEntries(Object.entries(command.options).map(([name, spec]) => [name, { type: spec.type }]))
  const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, strict: true, allowPositionals: command.arguments !== undefined })
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals }
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  let values: Record<string, string | boolean | undefined>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseOptions(command, args))
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${commandHelp(command)}`)
    return EXIT_USAGE
  }
  if (values.help) {
    io.out(commandHelp(command))
    return EXIT_OK
  }
  const string = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined)
  return command.run({ ...io, string, flag: (name) => values[name] === true, positionals })
}

// Runs `rungs <argv>` and resolves to the exit code: 0 done, 1 failed, 2 wrong usage.
// The command whose (possibly several) words begin argv, e.g. "user add".
const commandAt = (argv: string[]) => commands.find((c) => c.name.split(' ').every((word, i) => argv[i] === word))

export async function runCli(argv: string[], io: Io): Promise<number> {
  const [name] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const command = commandAt(argv.slice(1))
    io.out(command ? commandHelp(command) : helpText())
    return EXIT_OK
  }
  const command = commandAt(argv)
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${helpText()}`)
    return EXIT_USAGE
  }
  try {
    return await runCommand(command, argv.slice(command.name.split(' ').length), io)
  } catch (error) {
    io.err(`rungs ${command.name} failed: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT_FAILED
  }
}
