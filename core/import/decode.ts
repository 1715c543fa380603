/**
 * File bytes → text. UTF-8 with or without BOM is the documented format; a file saved by Excel as
 * "CSV (semikolonavgränsad)" is Windows-1252, which would otherwise turn å, ä and ö into
 * replacement characters, so invalid UTF-8 is read as Windows-1252 instead.
 */
export function decodeImportFile(bytes: ArrayBuffer | Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
} {
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
