/**
 * The widget's attributes, as one typed table: each attribute has a schema (zod/mini) and a default.
 * A value that does not pass gives a console warning that names the attribute and the default used,
 * never a blank widget.
 */
import * as z from 'zod/mini';
import { parseAmount } from '../../core/i18n/amount.ts';
import type { Lang } from '../../core/i18n/format.ts';
import { CATEGORY_IDS, type CategoryId } from '../../core/rules/categories.ts';
import {
  AFA_AGREEMENTS,
  type AfaAgreement,
  EMPLOYEE_GROUPS,
  type EmployeeGroup,
  SECTORS,
  type Sector,
} from '../../core/rules/coverage.ts';
import { amount } from '../../core/schema/common.ts';

/** A service the provider sells: its category and, optionally, its usual price and own name. */
export interface Offer {
  category: CategoryId;
  price?: number;
  label?: string;
}

export interface WidgetConfig {
  lang: Lang;
  providerName: string | undefined;
  /** null: not said by the page; the form asks the employer. */
  fkApproved: boolean | null;
  offers: Offer[];
  sector: Sector;
  afaAgreement: AfaAgreement | undefined;
  group: EmployeeGroup;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  /** `none`: the page's own heading introduces the widget, which then shows none of its own. */
  heading: 'show' | 'none';
  /** `compact`: the totals only, the details behind a disclosure. */
  layout: 'full' | 'compact';
  /** `auto` follows the visitor's colour scheme; `light` and `dark` fix one. */
  theme: 'light' | 'dark' | 'auto';
}

export const TAG = 'stodkollen-kalkyl';

/** Re-exported: the form starts with the agreement a sector usually has (core/rules). */
export { usualAfaAgreement as usualAgreement } from '../../core/rules/coverage.ts';

const YES = ['ja', 'true', 'yes', ''];
const yesNo = z.enum([...YES, 'nej', 'false', 'no']);

const OfferSchema = z.object({
  category: z.enum(CATEGORY_IDS),
  price: z.optional(amount),
  label: z.optional(z.string().check(z.maxLength(120))),
});
export const OffersSchema = z.array(OfferSchema);

/**
 * `categories="utredning:8000, stodsamtal:1 200, stresshantering"`: ids with an optional price,
 * separated by `,`, or by `;` when a price has a decimal comma (`stodsamtal:1 250,50; utredning`). Bad entries are dropped with a warning each; the rest are kept.
 */
function parseCategories(text: string, warn: (message: string) => void): Offer[] {
  const offers: Offer[] = [];
  // With `;` anywhere, `;` alone separates, so a price may have a decimal comma ("1 250,50").
  for (const part of text.split(text.includes(';') ? ';' : ',')) {
    const entry = part.trim();
    if (!entry) continue;
    const [id = '', priceText] = entry.split(':').map((s) => s.trim());
    const category = z.enum(CATEGORY_IDS).safeParse(id.toLowerCase());
    if (!category.success) {
      warn(
        `categories: "${id}" är ingen känd kategori och hoppas över / is not a known category and is skipped (${CATEGORY_IDS.join(', ')})`,
      );
      continue;
    }
    const offer: Offer = { category: category.data };
    if (priceText !== undefined) {
      const price = amount.safeParse(parseAmount(priceText));
      if (price.success) offer.price = price.data;
      else
        warn(`categories: priset "${priceText}" för / the price for ${id} ignoreras / is ignored`);
    }
    if (!offers.some((o) => o.category === offer.category)) offers.push(offer);
  }
  return offers;
}

interface AttributeSpec<K extends keyof WidgetConfig> {
  key: K;
  schema: z.ZodMiniType<unknown, string>;
  fallback: WidgetConfig[K];
  /** Shown in the warning: what the attribute takes. */
  accepts: string;
  /** From the checked text to the configuration's value. */
  map?: (value: string) => WidgetConfig[K];
}

const spec = <K extends keyof WidgetConfig>(
  key: K,
  schema: z.ZodMiniType<unknown, string>,
  fallback: WidgetConfig[K],
  accepts: string,
  map?: (value: string) => WidgetConfig[K],
): AttributeSpec<K> => ({ key, schema, fallback, accepts, ...(map ? { map } : {}) });

/** Attribute name → how it is read. `categories` is read on its own (a list with prices). */
export const ATTRIBUTES = {
  lang: spec('lang', z.enum(['sv', 'en']), 'sv', 'sv, en'),
  'provider-name': spec(
    'providerName',
    z.string().check(z.minLength(1), z.maxLength(120)),
    undefined,
    'text, 1–120 tecken / characters',
  ),
  'fk-approved': spec('fkApproved', yesNo, null, 'ja, nej', (v) => YES.includes(v)),
  sector: spec('sector', z.enum(SECTORS), 'privat', SECTORS.join(', ')),
  'afa-agreement': spec(
    'afaAgreement',
    z.enum(AFA_AGREEMENTS),
    undefined,
    AFA_AGREEMENTS.join(', '),
  ),
  group: spec('group', z.enum(EMPLOYEE_GROUPS), 'tjansteman', EMPLOYEE_GROUPS.join(', ')),
  'heading-level': spec(
    'headingLevel',
    z.enum(['2', '3', '4', '5', '6']),
    2,
    '2–6',
    (v) => Number(v) as WidgetConfig['headingLevel'],
  ),
  heading: spec('heading', z.enum(['show', 'none']), 'show', 'show, none'),
  layout: spec('layout', z.enum(['full', 'compact']), 'full', 'full, compact'),
  theme: spec('theme', z.enum(['light', 'dark', 'auto']), 'light', 'light, dark, auto'),
} as const;

export const OBSERVED_ATTRIBUTES = [...Object.keys(ATTRIBUTES), 'categories'];

export function parseConfig(
  read: (name: string) => string | null,
  warn: (message: string) => void,
): WidgetConfig {
  const config = { offers: [] as Offer[] } as unknown as Record<string, unknown>;
  for (const [name, s] of Object.entries(ATTRIBUTES) as [
    string,
    AttributeSpec<keyof WidgetConfig>,
  ][]) {
    const raw = read(name);
    config[s.key] = s.fallback;
    if (raw === null) continue;
    const value = s.key === 'providerName' ? raw.trim() : raw.trim().toLowerCase();
    const parsed = s.schema.safeParse(
      name === 'afa-agreement' ? raw.trim().toUpperCase().replace('NONE', 'none') : value,
    );
    if (parsed.success) config[s.key] = s.map ? s.map(parsed.data as string) : parsed.data;
    else
      warn(
        `${name}="${raw}": ogiltigt värde, använder / invalid value, using ${JSON.stringify(s.fallback ?? null)} (${s.accepts})`,
      );
  }
  const categories = read('categories');
  if (categories !== null) config.offers = parseCategories(categories, warn);
  return config as unknown as WidgetConfig;
}

/** Console warnings name the element so an integrator finds the cause. */
export function warnFor(element: string): (message: string) => void {
  return (message) => console.warn(`[${element}] ${message}`);
}
