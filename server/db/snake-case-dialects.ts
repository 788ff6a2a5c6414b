// SQL is snake_case and the code camelCase. Kysely's CamelCasePlugin renames a query by copying its whole operation
// tree before every compile, about a tenth of an ordinary read's cost; these dialects rename each identifier as the
// compiler writes it, and the plugin below is left to map result rows only. Same names, same SQL.
import {
  CamelCasePlugin,
  PostgresDialect,
  PostgresQueryCompiler,
  SqliteDialect,
  SqliteQueryCompiler,
  type PluginTransformQueryArgs,
  type RootOperationNode,
} from 'kysely'

// Maps result rows' snake_case keys to camelCase; leaves queries as written (the compilers rename them).
export class CamelCaseResults extends CamelCasePlugin {
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node
  }
}

// CamelCasePlugin's own (memoised) renaming, so names come out exactly as the plugin made them.
class Naming extends CamelCasePlugin {
  toSnakeCase(identifier: string) {
    return this.snakeCase(identifier)
  }
}
const naming = new Naming()
const snakeCase = (identifier: string) => naming.toSnakeCase(identifier)

class SnakeCaseSqliteCompiler extends SqliteQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(snakeCase(identifier))
  }
}

class SnakeCasePostgresCompiler extends PostgresQueryCompiler {
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(snakeCase(identifier))
  }
}

// SQLite, writing camelCase identifiers as snake_case.
export class SnakeCaseSqliteDialect extends SqliteDialect {
  override createQueryCompiler() {
    return new SnakeCaseSqliteCompiler()
  }
}

// PostgreSQL, writing camelCase identifiers as snake_case.
export class SnakeCasePostgresDialect extends PostgresDialect {
  override createQueryCompiler() {
    return new SnakeCasePostgresCompiler()
  }
}
