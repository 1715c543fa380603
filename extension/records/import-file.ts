/** An insatser file as the user chose it: CSV text, or an Excel workbook by its name or type. */
import { type CsvImportPlan, type ExistingRecords, planCsvImport } from '../../core/import/csv.ts';
import { decodeImportFile } from '../../core/import/decode.ts';
import { planXlsxImport } from '../../core/import/insatser-xlsx.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isXlsxFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type === XLSX_TYPE || /\.xlsx$/i.test(file.name);
}

export async function planImportFile(
  file: File,
  existing: ExistingRecords,
): Promise<CsvImportPlan> {
  const bytes = await file.arrayBuffer();
  return isXlsxFile(file)
    ? planXlsxImport(bytes, existing)
    : planCsvImport(decodeImportFile(bytes).text, existing);
}
