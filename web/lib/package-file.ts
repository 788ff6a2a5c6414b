// Whether a file chosen for import is a pathway package rather than a framework file. A package names its format
// version ("rungsPackage") first when Rungs wrote it; a hand-written one may put it anywhere, so the opening of the
// file is searched, not only its first key, and the format can always be chosen by hand instead.
const OPENING = 64 * 1024

export async function looksLikePackage(file: File): Promise<boolean> {
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json') return false
  return /"rungsPackage"\s*:/.test(await file.slice(0, OPENING).text())
}
