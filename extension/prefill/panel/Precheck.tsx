/** @jsxImportSource preact */
/** The check of the chosen case: the cost to enter first, then FK's part, then any problems. */
import { formatKronor } from '../../../core/i18n/format.ts';
import { costToEnter, costWithVat, fkPaysNotToEnter } from '../../../core/i18n/messages-prefill.ts';
import type { CaseCheckAnswer } from '../../messaging/protocol.ts';
import { Both } from './Both.tsx';

export function Precheck({ precheck }: { precheck: CaseCheckAnswer }) {
  const { cost, fkGrant } = precheck;
  return (
    <div class={precheck.ok ? 'precheck' : 'problems'} data-testid="precheck">
      {cost && (
        <p class="cost" data-testid="cost">
          <Both {...costToEnter(cost.amount)} />
          {cost.exVat && cost.incVat !== cost.exVat && (
            <>
              {' '}
              <Both {...costWithVat(cost.exVat, cost.incVat ?? '')} />
            </>
          )}
        </p>
      )}
      {typeof fkGrant === 'number' && Number.isFinite(fkGrant) && (
        <p>
          <Both {...fkPaysNotToEnter(formatKronor(fkGrant))} />
        </p>
      )}
      {precheck.problems.map((p) => (
        <p key={p.sv}>
          <Both sv={p.sv} en={p.en} />
        </p>
      ))}
    </div>
  );
}
