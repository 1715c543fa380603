/** @jsxImportSource preact */
import { useSignal } from '@preact/signals';
import type { FieldError } from '../../core/schema/errors.ts';
import type { Provider } from '../../core/schema/records.ts';
import { InvalidRecordError, listProviders, putProvider } from '../../core/store/records.ts';
import { ProviderApproval } from './ApprovalNotices.tsx';
import { changed, db, lang, revision, tr } from './state.ts';
import { useAsync } from './use-async.ts';

/** The staff's own organisation: name, organisationsnummer and FK approval. */
export function ProviderView() {
  const providers = useAsync(async () => listProviders(await db()), [revision.value]);
  const errors = useSignal<FieldError[]>([]);
  const saved = useSignal(false);
  if (providers === undefined) return <p>{tr('loading')}</p>;
  const current: Provider | undefined = providers[0];
  async function save(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(form.get(k) ?? '').trim();
    const ref = text('fkApprovalRef');
    const ivo = text('ivoLicence');
    // Fields this form does not show (from a backup, say) stay as they are.
    const { fkApprovalRef: _r, ivoLicence: _i, ...kept } = current ?? ({} as Partial<Provider>);
    const next: Provider = {
      ...kept,
      id: current?.id ?? 'anordnare',
      name: text('name'),
      organisationsnummer: text('organisationsnummer'),
      fkApproved: form.get('fkApproved') === 'on',
      ...(ref ? { fkApprovalRef: ref } : {}),
      ...(ivo ? { ivoLicence: ivo } : {}),
    };
    try {
      await putProvider(await db(), next);
      errors.value = [];
      saved.value = true;
      await changed();
    } catch (error) {
      saved.value = false;
      if (error instanceof InvalidRecordError) errors.value = error.errors;
      else throw error;
    }
  }
  return (
    <section aria-labelledby="provider-heading">
      <h2 id="provider-heading">{tr('providerHeading')}</h2>
      <p>{tr('providerIntro')}</p>
      <ProviderApproval organisationsnummer={current?.organisationsnummer} />
      <form onSubmit={save} key={current?.id ?? 'new'}>
        {errors.value.length > 0 && (
          <ul class="errors" role="alert">
            {errors.value.map((e) => (
              <li key={e.path}>{e[lang.value]}</li>
            ))}
          </ul>
        )}
        <div class="field">
          <label for="provider-name">{tr('name')}</label>
          <input id="provider-name" name="name" defaultValue={current?.name ?? ''} required />
        </div>
        <div class="field">
          <label for="provider-orgnr">{tr('organisationsnummer')}</label>
          <input
            id="provider-orgnr"
            name="organisationsnummer"
            defaultValue={current?.organisationsnummer ?? ''}
            required
          />
        </div>
        <div class="field checkbox">
          <input
            id="provider-fk"
            type="checkbox"
            name="fkApproved"
            defaultChecked={current?.fkApproved ?? false}
          />
          <label for="provider-fk">{tr('fkApproved')}</label>
        </div>
        <div class="field">
          <label for="provider-ref">{tr('fkApprovalRef')}</label>
          <input
            id="provider-ref"
            name="fkApprovalRef"
            defaultValue={current?.fkApprovalRef ?? ''}
          />
        </div>
        <div class="field">
          <label for="provider-ivo">{tr('ivoLicence')}</label>
          <input id="provider-ivo" name="ivoLicence" defaultValue={current?.ivoLicence ?? ''} />
        </div>
        <button type="submit">{tr('save')}</button>
        {saved.value && (
          <p role="status" class="ok">
            {tr('saved')}
          </p>
        )}
      </form>
    </section>
  );
}
