// Writes the pathway package's JSON Schema from its zod schema: npm run package:schema.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageJsonSchemaText } from '../shared/package/json-schema'

const target = join(import.meta.dirname, '../shared/package/rungs-package.schema.json')
writeFileSync(target, packageJsonSchemaText())
console.log(`Wrote ${target}`)
