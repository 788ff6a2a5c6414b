// How findings name rows in their sentences: codes first (what people search for), titles quoted and clipped.
import { LEVEL_LABELS, type Level } from '../vocabulary'
import type { AnalysisCompetency, AnalysisCredential, AnalysisModule } from './types'

const CLIP = 70
const LISTED = 4

function clip(text: string): string {
  const flat = /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
  return flat.length <= CLIP ? flat : `${flat.slice(0, CLIP - 1).trimEnd()}…`
}

// A module as a dean knows it: code and title.
export function moduleName(m: AnalysisModule): string {
  return `${m.code} “${clip(m.title)}”`
}

// A competency by framework code and (clipped) statement.
export function competencyName(c: AnalysisCompetency): string {
  return `${c.code} “${clip(c.statement)}”`
}

// A credential by title.
export function credentialName(k: AnalysisCredential): string {
  return `“${clip(k.title)}”`
}

// Quoted outcome text, clipped so two of them still fit one sentence.
export function outcomeText(text: string): string {
  return `“${clip(text)}”`
}

const LEVEL_NAMES = Object.fromEntries(Object.entries(LEVEL_LABELS).map(([level, label]) => [level, label.toLowerCase()]))

// A module level in running text, e.g. "postsecondary".
export function levelName(level: Level): string {
  return LEVEL_NAMES[level]!
}

// "A", "A and B", "A, B and C", or the first few and "N more", so a sentence stays readable.
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  if (names.length > LISTED) return `${names.slice(0, LISTED).join(', ')} and ${names.length - LISTED} more`
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
