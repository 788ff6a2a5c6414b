// The JSON Schema of the pathway package, generated from the zod schema (npm run package:schema writes it to
// shared/package/rungs-package.schema.json; a unit test fails when the committed file falls behind).
import { z } from 'zod'
import { PACKAGE_VERSION, RungsPackage } from './schema'

export function packageJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RungsPackage, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: `https://rungs.example.org/schemas/rungs-package-${PACKAGE_VERSION}.json`,
    title: `Rungs pathway package ${PACKAGE_VERSION}`,
  }
}

export const packageJsonSchemaText = (): string => `${JSON.stringify(packageJsonSchema(), null, 2)}\n`
