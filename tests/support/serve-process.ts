// The real server (startServer) in a process of its own, on a free port of 127.0.0.1, over the database given
// as JSON in RUNGS_TEST_CONNECTION: for tests of the process as a whole (signals, graceful shutdown).
import { connect, type ConnectOptions } from '../../server/db/connect'
import { startServer } from '../../server/index'

const connection = process.env.RUNGS_TEST_CONNECTION
if (!connection) throw new Error('RUNGS_TEST_CONNECTION is not set')
const options = JSON.parse(connection) as ConnectOptions
await startServer(connect(options), { connection: options, port: 0, host: '127.0.0.1' })
