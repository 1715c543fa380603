/** @jsxImportSource preact */
import { useEffect } from 'preact/hooks';
import { ApprovedProvidersView } from './ApprovedProvidersView.tsx';
import { BackupStatus } from './BackupStatus.tsx';
import { EmployeeView } from './EmployeeView.tsx';
import { EmployerView } from './EmployerView.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { ImportView } from './ImportView.tsx';
import { InvoiceView } from './InvoiceView.tsx';
import { loadRememberedInsats } from './insats-memory.ts';
import { NewRecordsView } from './NewRecordsView.tsx';
import { OverviewView } from './OverviewView.tsx';
import { ProviderView } from './ProviderView.tsx';
import { RecordsList } from './RecordsList.tsx';
import { RegisterTable } from './RegisterTable.tsx';
import { Report7026View } from './Report7026View.tsx';
import { failure, idOfRoute, lang, notice, refresh, route, setLang, tr } from './state.ts';
import { NEW_TEXT, REGISTER_TEXT, YEAR_TEXT } from './text-year.ts';
import { VaultGate } from './VaultGate.tsx';
import { BATCH_TEXT } from './year-end/text.ts';
import { YearEndView } from './year-end/YearEndView.tsx';

const NAV = [
  ['/', 'navRecords'],
  ['/oversikt', 'navOverview'],
  ['/import', 'navImport'],
  ['/anordnare', 'navProvider'],
  ['/anordnarlista', YEAR_TEXT.navApprovedList],
  ['/ny', NEW_TEXT.nav],
  ['/tabeller', REGISTER_TEXT.navRegisterTables],
  ['/arsavslut', BATCH_TEXT.navYearEnd],
] as const;

function Page({ path }: { path: string }) {
  const employee = /^\/medarbetare\/([^/]+)(?:\/(7026|faktura)(?:\/(\d{4}))?)?$/.exec(path);
  if (employee) {
    const id = idOfRoute(employee[1] as string);
    if (id === undefined) return <p>{tr('loading')}</p>;
    if (id === null) return <p>{tr('notFound')}</p>;
    const year = employee[3] ? Number(employee[3]) : undefined;
    if (employee[2] === '7026') return <Report7026View employeeId={id} year={year} />;
    if (employee[2] === 'faktura') return <InvoiceView employeeId={id} year={year} />;
    return <EmployeeView employeeId={id} />;
  }
  const employer = /^\/arbetsgivare\/([^/]+)(?:\/(\d+))?$/.exec(path);
  if (employer) {
    const page = Math.max(0, Number(employer[2] ?? 1) - 1);
    const id = idOfRoute(employer[1] as string);
    if (id === undefined) return <p>{tr('loading')}</p>;
    if (id === null) return <p>{tr('noMatch')}</p>;
    return <EmployerView employerId={id} page={page} />;
  }
  if (path === '/oversikt') return <OverviewView />;
  if (path === '/import') return <ImportView />;
  if (path === '/anordnare') return <ProviderView />;
  if (path === '/anordnarlista') return <ApprovedProvidersView />;
  if (path === '/arsavslut') return <YearEndView />;
  if (path === '/tabeller') return <RegisterTable />;
  if (path === '/ny') return <NewRecordsView />;
  return <RecordsList />;
}

export function App() {
  useEffect(() => {
    document.documentElement.lang = lang.value;
    void refresh();
    void loadRememberedInsats();
  }, []);
  useEffect(() => {
    document.title = tr('title');
  }, [lang.value]);
  const path = route.value;
  return (
    <>
      <header class="no-print">
        <h1>{tr('title')}</h1>
        <button
          type="button"
          class="lang"
          lang={lang.value === 'sv' ? 'en' : 'sv'}
          onClick={() => setLang(lang.value === 'sv' ? 'en' : 'sv')}
        >
          {tr('switchLanguage')}
        </button>
        <nav aria-label={lang.value === 'sv' ? 'Huvudmeny' : 'Main menu'}>
          <ul>
            {NAV.map(([href, key]) => (
              <li key={href}>
                <a href={`#${href}`} aria-current={path === href ? 'page' : undefined}>
                  {tr(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <BackupStatus />
      </header>
      <main>
        {failure.value && (
          <p class="errors" role="alert" data-testid="failure">
            {tr(failure.value === 'newerVersion' ? 'newerVersion' : 'failure')}
          </p>
        )}
        {notice.value && (
          <p class="ok" role="status" data-testid="notice">
            {tr(notice.value)}
          </p>
        )}
        <VaultGate>
          <ErrorBoundary resetKey={path}>
            <Page path={path} />
          </ErrorBoundary>
        </VaultGate>
      </main>
      <footer class="no-print muted">{tr('privacy')}</footer>
    </>
  );
}
