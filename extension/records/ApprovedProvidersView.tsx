/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import { isIsoDate, toIsoDate } from '../../core/i18n/dates.ts';
import { type Bilingual, formatDateLong } from '../../core/i18n/format.ts';
import { SHEET_MESSAGES } from '../../core/i18n/messages-sheets.ts';
import {
  type ApprovedProvidersParse,
  parseApprovedProviders,
} from '../../core/import/approved-providers.ts';
import { readXlsxSheets } from '../../core/import/xlsx.ts';
import {
  deleteApprovedProviderList,
  putApprovedProviderList,
} from '../../core/store/approved-providers.ts';
import {
  approvedListsDb,
  latestList,
  refreshApprovedLists,
  useApprovedLists,
} from './approved-lists.ts';
import { lang, tr } from './state.ts';
import { YEAR_TEXT as T } from './text-year.ts';

const COLUMN_LABELS: Record<string, Bilingual> = {
  organisationsnummer: { sv: 'organisationsnummer', en: 'organisationsnummer' },
  name: { sv: 'namn', en: 'name' },
  address: { sv: 'adress', en: 'address' },
  postalCode: { sv: 'postnummer', en: 'postal code' },
  city: { sv: 'ort', en: 'town' },
};

interface Pending {
  parse: ApprovedProvidersParse;
  fileName: string;
  listDate: string;
}

/** Import FK's list of approved providers (.xlsx) with a preview; the lists kept, by date. */
export function ApprovedProvidersView() {
  const lists = useApprovedLists();
  const pending = useSignal<Pending | null>(null);
  const fileError = useSignal<Bilingual | null>(null);
  const dateError = useSignal(false);
  const saved = useSignal(false);
  const l = lang.value;

  async function choose(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    saved.value = false;
    fileError.value = null;
    pending.value = null;
    if (!file) return;
    const read = await readXlsxSheets(await file.arrayBuffer());
    input.value = '';
    if (!read.ok) {
      fileError.value = read.reason;
      return;
    }
    const parse = parseApprovedProviders(read.sheets);
    pending.value = {
      parse,
      fileName: file.name,
      listDate: parse.dateInFile ?? toIsoDate(new Date(file.lastModified || Date.now())),
    };
  }

  async function save(event: Event) {
    event.preventDefault();
    const p = pending.value;
    if (!p) return;
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const listDate = String(form.get('listDate') ?? '').trim();
    if (!isIsoDate(listDate)) {
      dateError.value = true;
      return;
    }
    dateError.value = false;
    await putApprovedProviderList(await approvedListsDb(), {
      listDate,
      importedAt: new Date().toISOString(),
      fileName: p.fileName,
      providers: p.parse.providers,
    });
    await refreshApprovedLists();
    pending.value = null;
    saved.value = true;
  }

  const current = latestList(lists);
  const p = pending.value;
  const rejected = p?.parse.problems.filter((x) => x.severity === 'rejected') ?? [];
  const notes = p?.parse.problems.filter((x) => x.severity === 'note') ?? [];
  return (
    <section aria-labelledby="list-heading">
      <h2 id="list-heading">{tr(T.listHeading)}</h2>
      <p>{tr(T.listIntro)}</p>
      <h3>{tr(T.listInForce)}</h3>
      {lists === undefined ? (
        <p>{tr('loading')}</p>
      ) : current ? (
        <p data-testid="list-in-force">
          {formatDateLong(current.listDate, l)}: {current.providers.length} {tr(T.listProviders)}{' '}
          <span class="muted">
            ({current.fileName}, {tr(T.importedOn)}{' '}
            {formatDateLong(toIsoDate(new Date(current.importedAt)), l)})
          </span>
        </p>
      ) : (
        <p>{tr(T.noListYet)}</p>
      )}
      <label class="field">
        {tr(T.chooseListFile)}
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={choose}
          data-testid="approved-list-file"
        />
      </label>
      {fileError.value && (
        <p class="errors" role="alert">
          {fileError.value[l]}
        </p>
      )}
      {saved.value && (
        <p role="status" class="ok">
          {tr(T.listSaved)}
        </p>
      )}
      {p && (
        <form class="preview" onSubmit={save} data-testid="approved-list-preview">
          <h4>{tr('preview')}</h4>
          {p.parse.fileErrors.length > 0 ? (
            <ul class="errors" role="alert">
              {p.parse.fileErrors.map((e) => (
                <li key={e.sv}>{e[l]}</li>
              ))}
            </ul>
          ) : (
            <>
              <p>
                {p.parse.providers.length} {tr(T.listProviders)} ({p.parse.rows} {tr('rowsRead')})
              </p>
              <p>
                {tr(T.columnsFound)}:{' '}
                {p.parse.columns
                  .map((c) => `${c.header} (${COLUMN_LABELS[c.column]?.[l] ?? c.column})`)
                  .join(', ')}
                {p.parse.ignoredColumns.length > 0 && (
                  <>
                    <br />
                    {tr(T.columnsIgnored)}: {p.parse.ignoredColumns.join(', ')}
                  </>
                )}
              </p>
              {rejected.length > 0 && (
                <div class="rejected" data-testid="list-rejected">
                  <p>{tr(T.rowsNotRead)}</p>
                  <ul>
                    {rejected.map((x) => (
                      <li key={x.sv}>{x[l]}</li>
                    ))}
                  </ul>
                </div>
              )}
              {notes.length > 0 && (
                <div class="warning">
                  <p>{tr(T.notes)}</p>
                  <ul>
                    {notes.map((x) => (
                      <li key={x.sv}>{x[l]}</li>
                    ))}
                  </ul>
                </div>
              )}
              <div class="field">
                <label for="list-date">{tr(T.listDate)}</label>
                <input
                  id="list-date"
                  name="listDate"
                  defaultValue={p.listDate}
                  aria-describedby="list-date-hint"
                  aria-invalid={dateError.value || undefined}
                  required
                />
                <span id="list-date-hint" class="muted">
                  {dateError.value ? SHEET_MESSAGES.list_date_invalid[l] : tr(T.listDateHint)}
                </span>
              </div>
              <button type="submit">{tr(T.saveList)}</button>{' '}
            </>
          )}
          <button
            type="button"
            onClick={() => {
              pending.value = null;
            }}
          >
            {tr('cancel')}
          </button>
        </form>
      )}
      {lists && lists.length > 1 && (
        <>
          <h3>{tr(T.olderLists)}</h3>
          <ul>
            {lists
              .slice(0, -1)
              .reverse()
              .map((x) => (
                <li key={x.listDate}>
                  {formatDateLong(x.listDate, l)}: {x.providers.length} {tr(T.listProviders)}{' '}
                  <button
                    type="button"
                    class="danger"
                    onClick={async () => {
                      if (!confirm(tr(T.deleteListConfirm))) return;
                      await deleteApprovedProviderList(await approvedListsDb(), x.listDate);
                      await refreshApprovedLists();
                    }}
                  >
                    {tr(T.deleteList)}
                    <span class="visually-hidden"> {x.listDate}</span>
                  </button>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
