/** Records and a vault for the vault tests. The KDF runs at OWASP's floor: the cheapest we accept. */
import type { Employee, Employer, Insats, Provider } from '../../../core/schema/records.ts';
import { createVault, type NewVault } from '../../../core/vault/header.ts';
import { OWASP_PBKDF2_SHA256_ITERATIONS } from '../../../core/vault/kdf.ts';
import type { RecordOf } from '../../../core/vault/sealed-records.ts';

export const PASSPHRASE = 'korrekt häst batteri häftklammer';
export const ITERATIONS = OWASP_PBKDF2_SHA256_ITERATIONS;

export async function newVault(passphrase = PASSPHRASE): Promise<NewVault> {
  const vault = await createVault(passphrase, { iterations: ITERATIONS });
  if (!vault.ok) throw new Error(vault.error.en);
  return vault;
}

export const provider: Provider = {
  id: 'p1',
  name: 'Friskvårdarna FHV AB',
  organisationsnummer: '556677-8899',
  fkApproved: true,
};

export const employer: Employer = {
  id: 'ag-212000-0142',
  name: 'Exempelby kommun',
  organisationsnummer: '212000-0142',
  sector: 'kommun',
  afaAgreement: 'AGS-KL',
  contact: { name: 'Berit Chef', phone: '070-123 45 67' },
};

export const employee: Employee = {
  id: 'm-212000-0142-19850712-1237',
  employerId: employer.id,
  name: 'Anna Andersson',
  firstName: 'Anna',
  lastName: 'Andersson',
  personnummer: '19850712-1237',
  group: 'arbetare',
};

export const insats: Insats = {
  id: 'm-212000-0142-19850712-1237-4f2a',
  employeeId: employee.id,
  providerId: provider.id,
  category: 'utredning',
  name: 'Utreda arbetsförmåga',
  kinds: ['utreda'],
  startedOn: '2026-03-02',
  performedOn: '2026-03-10',
  performer: 'Eva Ek',
  competence: 'Leg. psykolog',
  cost: 3000,
  description: 'Samtal om arbetssituationen efter sjukskrivning för utmattning.',
  positions: [{ text: 'Anna kan arbeta 50 % med anpassade uppgifter.' }],
};

export const application: RecordOf['applications'] = {
  id: 'a1',
  payer: 'fk',
  employerId: employer.id,
  employeeId: employee.id,
  insatsIds: [insats.id],
  year: 2026,
  status: 'inskickad',
  amount: 1500,
  submittedOn: '2026-04-10',
};

/** Strings that must never be readable outside the sealed content. */
export const SECRETS = [
  'Anna',
  'Andersson',
  '19850712',
  '850712',
  '1237',
  '212000',
  'Exempelby',
  'Berit',
  'Eva Ek',
  'psykolog',
  'utmattning',
  '3000',
  'Friskvårdarna',
  '556677',
];

/** Every string and number reachable in a stored value, with bytes decoded as text. */
export function readableText(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(v) : v,
  );
}
