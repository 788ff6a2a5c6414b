// How findings name rows in their sentences: codes first (what people search for), titles quoted and clipped.
import { LEVEL_LABELS, type Level } from '../vocabulary'
import type { AnalysisCompetency, AnalysisCredential, AnalysisModule } from './types'

const CLIP = 70
const LISTED = 4

function clip(text: string): string {
  const flat = /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
  return flat.length <= CLIP ? flat : `${flat.slice(0, CLIP - 1).trimEnd()}…`
}

// Names already made: a statewide catalogue names the same modules in tens of thousands of sentences. Keyed
// by the row object itself (inputs are read-only), so a name goes when its row does.
const moduleNames = new WeakMap<AnalysisModule, string>()
const competencyNames = new WeakMap<AnalysisCompetency, string>()

// A module as a dean knows it: code and title.
export function moduleName(m: AnalysisModule): string {
  let name = moduleNames.get(m)
  if (name === undefined) moduleNames.set(m, (name = `${m.code} “${clip(m.title)}”`))
  return name
}

// A competency by framework code and (clipped) statement.
export function competencyName(c: AnalysisCompetency): string {
  let name = competencyNames.get(c)
  if (name === undefined) competencyNames.set(c, (name = `${c.code} “${clip(c.statement)}”`))
  return name
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
  const more = names.length > LISTED
  // How many names go before the " and"; concatenated rather than sliced and joined, as tens of thousands
  // of findings each list a few names.
  const before = more ? LISTED : names.length - 1
  let out = names[0]!
  for (let i = 1; i < before; i++) out += `, ${names[i]}`
  return more ? `${out} and ${names.length - LISTED} more` : `${out} and ${names[before]}`
}
