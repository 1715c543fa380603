import type { FieldDescription } from '../../../core/prefill/fields.ts';

/** An empty text field labelled `label`, as the collector describes it; `extra` overrides. */
export function describeField(
  label: string,
  extra: Partial<FieldDescription> = {},
): FieldDescription {
  return {
    ref: 0,
    control: 'text',
    type: 'text',
    label,
    placeholder: '',
    legend: '',
    name: '',
    id: '',
    group: '',
    value: '',
    checked: false,
    ...extra,
  };
}
