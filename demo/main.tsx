import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  EstimateInputSchema,
  estimateSplit,
  formatDateLong,
  formatKronor,
  validate,
} from '../core/index.ts';

interface GoldenCase {
  name: string;
  why: string;
  input: unknown;
  expected: { totals: { cost: number; fk: number; afa: number; employer: number } };
}

function Playground() {
  const [cases, setCases] = useState<GoldenCase[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const [text, setText] = useState('');

  useEffect(() => {
    fetch('/golden-cases.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((d: { cases: GoldenCase[] }) => {
        setCases(d.cases);
        setText(JSON.stringify(d.cases[0]?.input ?? {}, null, 2));
      })
      .catch(() =>
        setLoadError(
          'Hittade inte shared/domain/golden-cases.json bredvid projektet. / Could not find shared/domain/golden-cases.json beside the project.',
        ),
      );
  }, []);

  const result = useMemo(() => {
    if (!text) return null;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { parseError: true as const };
    }
    const v = validate(EstimateInputSchema, data);
    return v.ok ? { estimate: estimateSplit(v.data) } : { errors: v.errors };
  }, [text]);

  const current = cases[selected];
  return (
    <section aria-labelledby="playground-title">
      <h2 id="playground-title">Prova kärnans beräkning / try the core's estimate</h2>
      {loadError && <p class="error">{loadError}</p>}
      <label for="case">Gyllene fall / golden case</label>
      <select
        id="case"
        value={current?.name}
        onChange={(e) => {
          const name = (e.target as HTMLSelectElement).value;
          const i = Math.max(
            0,
            cases.findIndex((c) => c.name === name),
          );
          setSelected(i);
          setText(JSON.stringify(cases[i]?.input ?? {}, null, 2));
        }}
      >
        {cases.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}: {c.why}
          </option>
        ))}
      </select>
      <div class="grid">
        <div>
          <label for="input">Indata (EstimateInput, JSON)</label>
          <textarea
            id="input"
            value={text}
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
        </div>
        <div aria-live="polite">
          {result && 'parseError' in result && <p class="error">Ogiltig JSON. / Invalid JSON.</p>}
          {result && 'errors' in result && (
            <ul class="error">
              {result.errors?.map((e) => (
                <li key={e.path}>
                  {e.sv} <span lang="en">/ {e.en}</span>
                </li>
              ))}
            </ul>
          )}
          {result && 'estimate' in result && result.estimate && (
            <Estimate estimate={result.estimate} expected={current?.expected.totals} />
          )}
        </div>
      </div>
    </section>
  );
}

function Estimate({
  estimate,
  expected,
}: {
  estimate: ReturnType<typeof estimateSplit>;
  expected: GoldenCase['expected']['totals'] | undefined;
}) {
  const same =
    expected &&
    expected.fk === estimate.totals.fk &&
    expected.afa === estimate.totals.afa &&
    expected.employer === estimate.totals.employer;
  return (
    <div>
      <table>
        <caption>Fördelning / split</caption>
        <thead>
          <tr>
            <th>Insats</th>
            <th class="num">Kostnad</th>
            <th class="num">FK</th>
            <th class="num">Afa</th>
            <th class="num">Arbetsgivaren</th>
            <th>Regler / rules</th>
          </tr>
        </thead>
        <tbody>
          {estimate.lines.map((l) => (
            <tr key={l.id} data-line={l.id}>
              <td>{l.id}</td>
              <td class="num">{formatKronor(l.cost)}</td>
              <td class="num">{formatKronor(l.fk)}</td>
              <td class="num">{formatKronor(l.afa)}</td>
              <td class="num">{formatKronor(l.employer)}</td>
              <td>{l.rules.join(', ')}</td>
            </tr>
          ))}
          <tr data-line="totals">
            <th>Summa / total</th>
            <td class="num">{formatKronor(estimate.totals.cost)}</td>
            <td class="num" data-total="fk">
              {formatKronor(estimate.totals.fk)}
            </td>
            <td class="num" data-total="afa">
              {formatKronor(estimate.totals.afa)}
            </td>
            <td class="num" data-total="employer">
              {formatKronor(estimate.totals.employer)}
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      {expected && (
        <p class={same ? 'ok' : 'error'}>
          {same
            ? 'Stämmer med det förväntade resultatet. / Matches the expected result.'
            : 'Skiljer sig från det förväntade resultatet. / Differs from the expected result.'}
        </p>
      )}
      <h3>Sista dagar / deadlines</h3>
      <ul>
        {estimate.deadlines.map((d) => (
          <li key={`${d.payer}${d.date}`}>
            {d.payer === 'fk' ? 'Försäkringskassan' : 'Afa Försäkring'}:{' '}
            {formatDateLong(d.date, 'sv')} ({d.date}){d.passed ? ' – passerad / passed' : ''}
          </li>
        ))}
      </ul>
      <h3>Förklaringar / explanations</h3>
      <ul>
        {estimate.explanations.map((e) => (
          <li key={`${e.rule}:${e.insats ?? ''}:${e.sv}`}>
            <strong>{e.rule}</strong>: {e.sv} <span lang="en">/ {e.en}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

const root = document.getElementById('app');
if (root) render(<Playground />, root);
