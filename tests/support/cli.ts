// Runs the command line in-process and collects what it prints.
import { runCli } from '../../server/cli/run'

// The exit code and the lines written to stdout and stderr by `rungs <argv>` in the given environment.
export async function rungs(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { env, out: (line) => out.push(line), err: (line) => err.push(line) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
