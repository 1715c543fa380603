/**
 * File bytes → text, and which encoding was used, decided by the file as a whole:
 *   - valid UTF-8 (with or without BOM): UTF-8;
 *   - not valid UTF-8 but holding UTF-8 sequences (å as C3 A5): UTF-8 with damaged bytes. It is
 *     read as UTF-8, each bad byte becoming U+FFFD, which the import refuses with its line;
 *     reading such a file as Windows-1252 would turn every å into "Ã¥" without a word;
 *   - otherwise Windows-1252, what Excel writes for "CSV (semikolonavgränsad)".
 */
export type ImportEncoding = 'utf-8' | 'windows-1252';

export function decodeImportFile(bytes: ArrayBuffer | Uint8Array): {
  text: string;
  encoding: ImportEncoding;
  /** UTF-8 with bytes that are not: the rows holding them are refused. */
  damaged: boolean;
} {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM by default.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(view);
    return { text, encoding: 'utf-8', damaged: false };
  } catch {
    if (hasUtf8Sequence(view)) {
      return { text: new TextDecoder('utf-8').decode(view), encoding: 'utf-8', damaged: true };
    }
    return {
      text: new TextDecoder('windows-1252').decode(view),
      encoding: 'windows-1252',
      damaged: false,
    };
  }
}

/** A UTF-8 BOM, or a lead byte followed by the continuation bytes it announces. */
function hasUtf8Sequence(b: Uint8Array): boolean {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return true;
  for (let i = 0; i < b.length; i++) {
    const lead = b[i] as number;
    const size =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (size === 0 || i + size > b.length) continue;
    let ok = true;
    for (let k = 1; k < size; k++) {
      const c = b[i + k] as number;
      if (c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) return true;
  }
  return false;
}
