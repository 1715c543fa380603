/**
 * The one way the project writes a CSV cell. Every CSV it writes may be opened in Excel or
 * LibreOffice, which run a cell that starts with `=`, `+`, `-` or `@` as a formula (and treat a
 * leading tab or carriage return the same way): an imported insats name such as
 * `=HYPERLINK("https://…";"Öppna")` would become a live link, `+cmd|…` a command.
 * As OWASP recommends ("CSV Injection"), such a text cell gets a leading `'`, which the
 * spreadsheet shows as plain text; the record itself keeps the value as it was.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text or number as one quoted cell; text that would start a formula is neutralised. */
export function csvCell(value: string | number): string {
  // A number is written by us, never a formula, and a negative one must stay a number.
  const text = typeof value === 'number' ? String(value) : value;
  const safe = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Rows of cells → CSV text with CRLF line ends (what Excel expects). */
export function csvText(rows: readonly (readonly (string | number)[])[], delimiter = ';'): string {
  return rows.map((r) => r.map(csvCell).join(delimiter)).join('\r\n');
}
