// The documented limits of an import (README "Import and export"). A file over a limit is refused before it
// is parsed, so a hostile file costs little.
export const LIMITS = {
  // Size of an uploaded file.
  fileBytes: 20 * 1024 * 1024,
  // Sum of the uncompressed sizes of an XLSX's parts, read from the zip's central directory before parsing.
  uncompressedBytes: 250 * 1024 * 1024,
  // Compression ratio of any one part; a zip bomb is far beyond it.
  compressionRatio: 200,
  // Data rows of a sheet or items of a package.
  rows: 200_000,
  // Rows shown in a preview of a plain sheet.
  previewRows: 10,
} as const

// "20 MB" for messages.
export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`

// A file larger than this is committed as a job on a worker (POST /api/imports/commit answers 202): about
// 10,000 rows of a spreadsheet, which take the better part of a second to read and write.
export const IMPORT_JOB_ABOVE_BYTES = 256 * 1024
