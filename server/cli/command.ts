// What a command of the `rungs` command line is: a name, one line of help, its options and a handler.

export type OptionSpec = { type: 'string' | 'boolean'; help: string; placeholder?: string }

// Where a command writes, and the environment it reads its configuration from (process.env in real runs).
export type Io = { env: NodeJS.ProcessEnv; out: (line: string) => void; err: (line: string) => void }

export type CommandContext = Io & {
  // The value of a string option, or undefined when not given.
  string: (name: string) => string | undefined
  // Whether a boolean option was given.
  flag: (name: string) => boolean
  // The words after the command that are not options (only for commands that declare `arguments`).
  positionals: string[]
}

export type Command = {
  name: string
  summary: string
  options: Record<string, OptionSpec>
  // Usage of the positional arguments the command takes, e.g. "<file>"; omitted: it takes none.
  arguments?: string
  // Resolves to the exit code; a command that keeps serving resolves once the server listens.
  run: (context: CommandContext) => Promise<number>
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2
