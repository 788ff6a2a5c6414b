// Keeps a fixed number of requests in flight for some seconds, sent in turn to each port (a balancer's round
// robin), and reports requests a second and the 99th percentile latency in ms. Shared by the read benches.
import { Agent, request } from 'node:http'
import { quantile } from './server'

export type Load = { perSecond: number; p99: number }
export type Drive = { ports: readonly number[]; path: string; headers?: Record<string, string>; status?: number; seconds: number; inFlight: number }

export async function drive({ ports, path, headers = {}, status = 200, seconds, inFlight }: Drive): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight * ports.length })
  const times: number[] = []
  const until = performance.now() + seconds * 1000
  let turn = 0
  const one = () =>
    new Promise<void>((done, fail) => {
      const start = performance.now()
      request({ host: '127.0.0.1', port: ports[turn++ % ports.length], path, agent, headers }, (answer) => {
        if (answer.statusCode !== status) fail(new Error(`${path} answered ${answer.statusCode}`))
        answer.resume().on('end', () => {
          times.push(performance.now() - start)
          done()
        })
      })
        .on('error', fail)
        .end()
    })
  const worker = async () => {
    while (performance.now() < until) await one()
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: inFlight }, worker))
  agent.destroy()
  return { perSecond: times.length / ((performance.now() - started) / 1000), p99: quantile(times, 0.99) }
}
