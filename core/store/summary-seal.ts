/**
 * A register summary as the encrypted store keeps it: it holds names, personnummer and amounts
 * about people's rehabilitation, so all of it is sealed, like a record. Readable: its opaque id,
 * the opaque id of its employer (to tell which employers lack one) and its format.
 */

import type { EmployerSummary } from '../register/register.ts';
import { SUMMARY_VERSION } from '../register/register.ts';
import { opaqueId } from '../vault/blind-index.ts';
import type { Bytes } from '../vault/bytes.ts';
import type { VaultKeys } from '../vault/keys.ts';
import { additionalData, openJson, sealJson } from '../vault/seal.ts';

export interface SealedSummary {
  /** `opaqueId('summaries', employerId)`. */
  id: string;
  /** `opaqueId('employers', employerId)`: the key of the employer it is about. */
  employer: string;
  /** The summary's format, readable so an old one is rebuilt without opening it. */
  sv: number;
  iv: Bytes;
  data: Bytes;
}

const aad = (s: Pick<SealedSummary, 'id' | 'employer' | 'sv'>) =>
  additionalData('summaries', s.id, s.employer, s.sv);

export const summaryKey = (keys: VaultKeys, employerId: string) =>
  opaqueId(keys, 'summaries', employerId);

export async function sealSummary(keys: VaultKeys, s: EmployerSummary): Promise<SealedSummary> {
  const [id, employer] = await Promise.all([
    summaryKey(keys, s.id),
    opaqueId(keys, 'employers', s.id),
  ]);
  const box = await sealJson(keys.recordKey, s, aad({ id, employer, sv: SUMMARY_VERSION }));
  return { id, employer, sv: SUMMARY_VERSION, iv: box.iv, data: box.data };
}

/** The summary, or undefined when it is not a sealed summary of today's format or does not open. */
export async function openSummary(
  keys: VaultKeys,
  stored: unknown,
): Promise<EmployerSummary | undefined> {
  const s = stored as Partial<SealedSummary> | undefined;
  if (
    !s ||
    s.sv !== SUMMARY_VERSION ||
    typeof s.id !== 'string' ||
    typeof s.employer !== 'string' ||
    !(s.iv instanceof Uint8Array) ||
    !(s.data instanceof Uint8Array)
  ) {
    return undefined;
  }
  const opened = await openJson(
    keys.recordKey,
    { iv: s.iv, data: s.data },
    aad(s as SealedSummary),
  );
  return opened.ok ? (opened.value as EmployerSummary) : undefined;
}
