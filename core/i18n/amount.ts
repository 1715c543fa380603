/** Amounts as people type them, shared by the CSV import and the widget's cost fields. */

/**
 * `12 345,50`, `12345.50`, `12.345,50`, `1 850,5 kr` → kronor; undefined when it is not an amount.
 * A leading minus is kept so the schema can say the amount is negative.
 */
export function parseAmount(input: string): number | undefined {
  let s = input.replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|sek)$/i, '');
  let sign = 1;
  if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  }
  if (/^\d{1,3}(\.\d{3})+,\d{1,2}$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+([.,]\d+)?$/.test(s)) return undefined;
  return sign * Number(s.replace(',', '.'));
}
