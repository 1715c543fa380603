import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../core/import/backup.ts';
import { EstimateInputSchema, validate } from '../../../core/index.ts';

describe('one translator from validation issues to messages', () => {
  it('a value of the wrong type says it has the wrong form, a missing one that it is missing', () => {
    const r = validate(EstimateInputSchema, {
      asOf: '2026-06-01',
      employer: 5,
      provider: { fkApproved: true },
      insatser: [
        {
          id: 'a',
          category: 'utredning',
          startedOn: '2026-01-01',
          performedOn: '2026-01-02',
          cost: 1,
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.reason.sv]));
    expect(byPath.employer).toBe('Uppgiften har fel form.');
    expect(byPath.employee).toBe('Uppgiften saknas.');
  });

  it('a backup whose exportedAt is a number is refused as wrongly written, not as missing', () => {
    const example = JSON.parse(
      readFileSync(
        new URL('../../fixtures/records/exempel-sakerhetskopia.json', import.meta.url),
        'utf8',
      ),
    );
    const parsed = parseBackup(JSON.stringify({ ...example, exportedAt: 5 }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const text = parsed.errors.map((e) => e.sv).join(' ');
    expect(text).not.toMatch(/saknas/);
    expect(text).toMatch(/exportedAt|Exporterad|Säkerhetskopian/i);
  });
});
