// The shape every reader (CASE JSON, OpenSALT workbook, plain sheet) produces, and the problems list they share.
import type { BasicSkillSubject, CompetencyKind, FrameworkKind, FrameworkStatus, LinkRelation } from '../../../shared/domain/vocabulary'
import type { ImportFormat, ImportProblem } from '../../../shared/schemas/import'
import type { FrameworkExtra, ItemExtra, LinkExtra } from './case-extra'

// Where a value came from, for messages: a sheet cell or a JSON path.
export type Where = { sheet?: string; row?: number; column?: string; path?: string }

export type ParsedItem = {
  // The item's key within the file: its identifier when it has one, else its code.
  key: string
  uuid: string | null
  code: string
  // True when the file gave no code and the reader made one up (never exported as the item's code).
  codeGenerated?: boolean
  statement: string
  kind: CompetencyKind
  level: string | null
  // Basic-skills subject; absent when the file does not say (so an update keeps what is stored).
  subject?: BasicSkillSubject | null
  // Key of the parent item; null for a top-level item.
  parentKey: string | null
  // Order among siblings as given (sequence numbers); ties keep file order.
  sequence: number | null
  where: Where
  // CASE packages and OpenSALT workbooks: what the file says of the item beyond Rungs' columns.
  extra?: ItemExtra
}

export type ParsedLink = { fromKey: string; toKey: string; relation: LinkRelation; where: Where; extra?: LinkExtra }

export type ParsedFramework = {
  format: ImportFormat
  framework: {
    uuid: string | null
    title: string
    publisher: string | null
    version: string | null
    kind: FrameworkKind | null
    source: string | null
    license: string | null
    description: string | null
    // What a CASE file's adoptionStatus says; absent, a new framework is adopted and an updated one keeps its own.
    status?: FrameworkStatus
  }
  items: ParsedItem[]
  links: ParsedLink[]
  // CASE packages and OpenSALT workbooks: what the file says of the framework beyond Rungs' columns.
  extra?: FrameworkExtra
}

// Collects problems as a reader finds them; an import with any error is refused as a whole.
export class Problems {
  readonly list: ImportProblem[] = []
  // Records something that makes the file unusable as it is.
  error(message: string, where: Where = {}): void {
    this.list.push({ severity: 'error', message, ...where })
  }
  // Records something that was tolerated or left out, so the person knows.
  warning(message: string, where: Where = {}): void {
    this.list.push({ severity: 'warning', message, ...where })
  }
  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error')
  }
}

// A refused file: thrown by readers when nothing useful can be read at all (not JSON, not a workbook, too big).
// `format` names the kind of file it was found to be, when that much was read.
export class Unreadable extends Error {
  constructor(message: string, readonly where: Where = {}, readonly format?: ImportFormat) {
    super(message)
  }
}
