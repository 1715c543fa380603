/** An insatser file as the user chose it: CSV text, or an Excel workbook by its name or type. */
import { type CsvImportPlan, planCsvImport } from '../../core/import/csv.ts';
import type { ExistingRecords } from '../../core/import/csv-diff.ts';
import { decodeImportFile, type ImportEncoding } from '../../core/import/decode.ts';
import { planXlsxImport } from '../../core/import/insatser-xlsx.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isXlsxFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name);
}

/** The import plan, and for a CSV file the encoding it was read in (shown in the preview). */
export async function planImportFile(
  file: File,
  existing: ExistingRecords,
): Promise<{ plan: CsvImportPlan; encoding?: ImportEncoding }> {
  const bytes = await file.arrayBuffer();
  if (isXlsxFile(file)) return { plan: await planXlsxImport(bytes, existing) };
  const decoded = decodeImportFile(bytes);
  return {
    plan: planCsvImport(decoded.text, existing, { encoding: decoded.encoding }),
    encoding: decoded.encoding,
  };
}
