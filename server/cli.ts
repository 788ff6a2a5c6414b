// The `rungs` command line (npm run rungs -- <command>): see server/cli/commands.ts for the commands.
import { runCli } from './cli/run'

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, out: console.log, err: console.error })
