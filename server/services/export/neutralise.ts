// Defence against formula injection (CSV injection): a spreadsheet runs a cell that starts with =, +, - or @
// (or a tab or carriage return before one) as a formula, and finding messages and outcome texts are written
// by people. Prefixing an apostrophe makes the cell plain text in Excel, LibreOffice and Google Sheets.

// Leading spaces do not make a formula safe in every spreadsheet, so they are looked past.
const FORMULA_START = /^[=+\-@\t\r]|^\s+[=+\-@]/

// The text as it should be written to a spreadsheet cell: unchanged, or with a leading apostrophe.
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

// Undoes neutraliseCell when reading back a file Rungs wrote: the apostrophe is taken off exactly when it is the
// one neutraliseCell would have added, so "'=x" reads as "=x" and "'quoted'" stays as it is.
export function restoreCell(text: string): string {
  return text.startsWith("'") && neutraliseCell(text.slice(1)) === text ? text.slice(1) : text
}
