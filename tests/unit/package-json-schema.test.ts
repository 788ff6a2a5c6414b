import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { packageJsonSchema, packageJsonSchemaText } from '../../shared/package/json-schema'

const FILE = join(import.meta.dirname, '../../shared/package/rungs-package.schema.json')

describe('the pathway package JSON Schema', () => {
  it('is committed as the zod schema generates it (run npm run package:schema after changing shared/package/schema.ts)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(packageJsonSchemaText())
  })

  it('accepts a package a script writes with plain-text outcomes, and names what is wrong in one that is not', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(packageJsonSchema())
    const written = {
      rungsPackage: '1.0',
      pathway: { slug: 'welding', title: 'Welding', sector: 'Manufacturing', stages: [{ stage: 1, modules: [{ module: 'WLD-101', entry: true }] }] },
      modules: [{ code: 'WLD-101', title: 'Safety', level: 'adult', kind: 'occupational', outcomes: [{ content: 'Explain shop safety' }] }],
    }
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...written, rungsPackage: '2.0' })).toBe(false)
    expect(validate.errors?.[0]?.instancePath).toBe('/rungsPackage')
    expect(validate({ ...written, modules: [{ ...written.modules[0], level: 'college' }] })).toBe(false)
    expect(validate.errors?.some((e) => e.instancePath === '/modules/0/level')).toBe(true)
  })
})
