import { stringify } from 'csv-stringify/sync'

/** Excel reads a UTF-8 file as UTF-8 (Polish letters intact) only when it starts with a BOM. */
const BYTE_ORDER_MARK = '\uFEFF'

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
// (OWASP "CSV Injection"); leading spaces do not stop them from reading it so.
const FORMULA_START = /^\s*[=+\-@]|^[\t\r\n]/

/** A text cell a spreadsheet shows as text: a leading apostrophe, as OWASP advises. */
export function spreadsheetText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/**
 * Every CSV the portal writes, for spreadsheets first: a BOM, CRLF lines, a header, and
 * text cells that cannot run as formulas. Numbers stay numbers (-1 is a count, not a
 * formula); the JSON next to a CSV keeps the text as it was typed.
 */
export function spreadsheetCsv<Row extends Record<string, unknown>>(rows: Row[], columns: readonly string[]): string {
  return (
    BYTE_ORDER_MARK +
    stringify(rows, { header: true, columns: [...columns], record_delimiter: 'windows', cast: { string: spreadsheetText } })
  )
}
