// The real server (startServer) in a process of its own, on a free port of 127.0.0.1, over the database given
// as JSON in RUNGS_TEST_CONNECTION: for tests of the process as a whole (signals, graceful shutdown, replicas).
// With RUNGS_TEST_START=1 it first prepares the database as `rungs start` does (migrate, demo when empty).
import { prepareForStart } from '../../server/cli/serve-commands'
import { connect, type ConnectOptions } from '../../server/db/connect'
import { startServer } from '../../server/index'

const connection = process.env.RUNGS_TEST_CONNECTION
if (!connection) throw new Error('RUNGS_TEST_CONNECTION is not set')
const options = JSON.parse(connection) as ConnectOptions
const db = connect(options)
if (process.env.RUNGS_TEST_START === '1') await prepareForStart(db, console.log)
await startServer(db, { connection: options, port: 0, host: '127.0.0.1' })
