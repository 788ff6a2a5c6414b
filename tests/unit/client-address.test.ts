import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { readEnv } from '../../server/env'
import { clientAddress } from '../../server/middleware/client-address'
import type { AppConfig, AppEnv } from '../../server/middleware/context'
import { SIGN_IN_LIMITS } from '../../server/services/auth/throttle'
import { SEARCH_LIMITS } from '../../server/services/search-limit'
import { TOKEN_LIMITS } from '../../server/middleware/api-token'
import { CTDL_DEFAULTS } from '../../server/services/ctdl/context'
import { DEFAULT_OUTCOME_RULES } from '../../server/services/analysis/outcome-options'

// The address clientAddress finds for a request from `peer` carrying `forwarded` as X-Forwarded-For.
async function addressOf(peer: string | undefined, forwarded: string | undefined, trustedProxies: string[]) {
  const config: AppConfig = { private: false, trustedProxies, signInLimits: SIGN_IN_LIMITS, searchLimits: SEARCH_LIMITS, importJobAboveBytes: 0, matrixMaxCells: 0, tokenLimits: TOKEN_LIMITS, packageMaxBytes: 0, mail: null, analysisWaitBelowRows: 0, outcomeMinCount: 10, outcomeFindings: DEFAULT_OUTCOME_RULES, ctdl: CTDL_DEFAULTS }
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('config', config)
      await next()
    })
    .get('/', (c) => c.text(clientAddress(c)))
  const headers = forwarded === undefined ? undefined : { 'X-Forwarded-For': forwarded }
  const response = await app.request('/', { headers }, peer ? { incoming: { socket: { remoteAddress: peer } } } : undefined)
  return response.text()
}

describe('clientAddress', () => {
  const proxies = ['10.0.0.0/8', '2001:db8::1']

  it('is the socket\'s address when no proxy is trusted, whatever the header says', async () => {
    expect(await addressOf('198.51.100.7', '203.0.113.1', [])).toBe('198.51.100.7')
    expect(await addressOf('::ffff:198.51.100.7', undefined, [])).toBe('198.51.100.7')
    expect(await addressOf(undefined, '203.0.113.1', proxies)).toBe('local')
  })

  it('ignores the header from a peer that is not a trusted proxy', async () => {
    expect(await addressOf('198.51.100.7', '203.0.113.1', proxies)).toBe('198.51.100.7')
  })

  it('takes the right-most entry that is not a trusted proxy, so entries a client wrote are skipped', async () => {
    expect(await addressOf('10.1.2.3', '203.0.113.1', proxies)).toBe('203.0.113.1')
    expect(await addressOf('10.1.2.3', '1.1.1.1, 203.0.113.1', proxies)).toBe('203.0.113.1')
    expect(await addressOf('10.1.2.3', '1.1.1.1, 203.0.113.1, 10.9.9.9', proxies)).toBe('203.0.113.1')
    expect(await addressOf('2001:db8::1', '2001:db8::42', proxies)).toBe('2001:db8::42')
    expect(await addressOf('::ffff:10.1.2.3', '[2001:db8::7]:4711', proxies)).toBe('2001:db8::7')
    expect(await addressOf('10.1.2.3', '203.0.113.9:51234', proxies)).toBe('203.0.113.9')
  })

  it('stays with the nearest proxy when the header is missing, all proxies, or not an address', async () => {
    expect(await addressOf('10.1.2.3', undefined, proxies)).toBe('10.1.2.3')
    expect(await addressOf('10.1.2.3', '10.4.4.4', proxies)).toBe('10.4.4.4')
    expect(await addressOf('10.1.2.3', '203.0.113.1, nonsense', proxies)).toBe('10.1.2.3')
  })
})

describe('RUNGS_TRUSTED_PROXIES', () => {
  it('reads comma-separated addresses and CIDR ranges', () => {
    expect(readEnv({ RUNGS_TRUSTED_PROXIES: ' 10.0.0.0/8, 192.168.1.1 ,::1,fd00::/8' }).RUNGS_TRUSTED_PROXIES).toEqual([
      '10.0.0.0/8',
      '192.168.1.1',
      '::1',
      'fd00::/8',
    ])
  })

  it('names an entry that is neither', () => {
    expect(() => readEnv({ RUNGS_TRUSTED_PROXIES: '10.0.0.0/8, proxy.local' })).toThrow(/RUNGS_TRUSTED_PROXIES.*proxy\.local/)
    expect(() => readEnv({ RUNGS_TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/10\.0\.0\.0\/33/)
  })
})
