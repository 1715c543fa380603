import { useEffect } from 'preact/hooks';
import { BackupStatus } from './BackupStatus.tsx';
import { EmployeeView } from './EmployeeView.tsx';
import { ImportView } from './ImportView.tsx';
import { InvoiceView } from './InvoiceView.tsx';
import { OverviewView } from './OverviewView.tsx';
import { ProviderView } from './ProviderView.tsx';
import { RecordsList } from './RecordsList.tsx';
import { Report7026View } from './Report7026View.tsx';
import { lang, refresh, route, setLang, tr } from './state.ts';

const NAV = [
  ['/', 'navRecords'],
  ['/oversikt', 'navOverview'],
  ['/import', 'navImport'],
  ['/anordnare', 'navProvider'],
] as const;

function Page({ path }: { path: string }) {
  const employee = /^\/medarbetare\/([^/]+)(?:\/(7026|faktura))?$/.exec(path);
  if (employee) {
    const id = decodeURIComponent(employee[1] as string);
    if (employee[2] === '7026') return <Report7026View employeeId={id} />;
    if (employee[2] === 'faktura') return <InvoiceView employeeId={id} />;
    return <EmployeeView employeeId={id} />;
  }
  if (path === '/oversikt') return <OverviewView />;
  if (path === '/import') return <ImportView />;
  if (path === '/anordnare') return <ProviderView />;
  return <RecordsList />;
}

export function App() {
  useEffect(() => {
    document.documentElement.lang = lang.value;
    refresh();
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
        <Page path={path} />
      </main>
      <footer class="no-print muted">{tr('privacy')}</footer>
    </>
  );
}
