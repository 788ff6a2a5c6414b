import { describe, expect, it } from 'vitest'
import { ctdlConfigOf, readEnv } from '../../server/env'
import { DEFAULT_IDLE_SECONDS, DEFAULT_QUEUE, DEFAULT_THREADS } from '../../server/services/analysis/pool-settings'

describe('readEnv', () => {
  it('has safe defaults: embedded SQLite, port 3000, public instance', () => {
    expect(readEnv({})).toEqual({
      RUNGS_DB: './data/rungs.db',
      PORT: 3000,
      HOST: '0.0.0.0',
      RUNGS_PRIVATE: false,
      RUNGS_TRUSTED_PROXIES: [],
      RUNGS_MATRIX_MAX_CELLS: 250_000,
      RUNGS_PACKAGE_MAX_MB: 100,
      SMTP_FROM: 'Rungs <rungs@localhost>',
      RUNGS_ANALYSIS_THREADS: DEFAULT_THREADS,
      RUNGS_ANALYSIS_QUEUE: DEFAULT_QUEUE,
      RUNGS_ANALYSIS_IDLE_SECONDS: DEFAULT_IDLE_SECONDS,
      RUNGS_ANALYSIS_WAIT_ROWS: 10_000,
      RUNGS_OUTCOME_MIN_COUNT: 10,
      RUNGS_OUTCOME_LEAKY_SHARE: 0.5,
      RUNGS_OUTCOME_LOW_COMPLETION: 0.5,
      RUNGS_OUTCOME_GAP_POINTS: 15,
      RUNGS_OUTCOME_MIN_LEARNERS: 20,
      CE_REGISTRY_URL: 'https://credentialengineregistry.org',
    })
  })

  it('switches to PostgreSQL and private mode when told', () => {
    const env = readEnv({ DATABASE_URL: 'postgres://u@h:5432/db', RUNGS_PRIVATE: 'true', PORT: '8080' })
    expect(env).toMatchObject({ DATABASE_URL: 'postgres://u@h:5432/db', RUNGS_PRIVATE: true, PORT: 8080 })
  })

  it('names the variable that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/)
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a postgres/)
    expect(() => readEnv({ RUNGS_PRIVATE: 'maybe' })).toThrow(/RUNGS_PRIVATE/)
    expect(() => readEnv({ RUNGS_MATRIX_MAX_CELLS: '0' })).toThrow(/RUNGS_MATRIX_MAX_CELLS/)
    expect(() => readEnv({ RUNGS_ANALYSIS_THREADS: '0' })).toThrow(/RUNGS_ANALYSIS_THREADS/)
    expect(() => readEnv({ RUNGS_ANALYSIS_QUEUE: 'few' })).toThrow(/RUNGS_ANALYSIS_QUEUE/)
    expect(() => readEnv({ SMTP_URL: 'mail.example.org' })).toThrow(/SMTP_URL must be an smtp/)
    expect(readEnv({ SMTP_URL: 'smtps://u:p@mail.example.org:465' }).SMTP_URL).toBe('smtps://u:p@mail.example.org:465')
  })

  it('reads the Credential Engine settings, naming a malformed one', () => {
    const env = readEnv({ CE_API_URL: 'https://sandbox.credentialengine.org/assistant', CE_API_KEY: 'key', CE_ORGANIZATION_CTID: 'ce-9a1f4c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7', CE_REGISTRY_URL: 'https://sandbox.credentialengineregistry.org' })
    expect(ctdlConfigOf(env)).toEqual({ registryUrl: 'https://sandbox.credentialengineregistry.org', apiUrl: 'https://sandbox.credentialengine.org/assistant', apiKey: 'key', organisationCtid: 'ce-9a1f4c2e-5b7d-4e8f-a0b1-c2d3e4f5a6b7' })
    expect(ctdlConfigOf(readEnv({ CE_API_KEY: '' }))).toMatchObject({ apiUrl: null, apiKey: null, organisationCtid: null })
    expect(() => readEnv({ CE_ORGANIZATION_CTID: 'ce-NOT-A-UUID' })).toThrow(/CE_ORGANIZATION_CTID must be "ce-"/)
    expect(() => readEnv({ CE_API_URL: 'ftp://x.example' })).toThrow(/CE_API_URL/)
  })
})
