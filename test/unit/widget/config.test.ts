import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTES,
  parseConfig,
  usualAgreement,
  type WidgetConfig,
} from '../../../widget/src/config.ts';

/** Reads attributes from a plain object, the way the element reads them with getAttribute. */
function configOf(attrs: Record<string, string>): { config: WidgetConfig; warnings: string[] } {
  const warnings: string[] = [];
  const config = parseConfig(
    (name) => (Object.hasOwn(attrs, name) ? (attrs[name] as string) : null),
    (message) => warnings.push(message),
  );
  return { config, warnings };
}

const DEFAULTS: WidgetConfig = {
  lang: 'sv',
  providerName: undefined,
  fkApproved: null,
  offers: [],
  sector: 'privat',
  afaAgreement: undefined,
  group: 'tjansteman',
  headingLevel: 2,
  heading: 'show',
  layout: 'full',
  theme: 'light',
};

describe('widget attributes', () => {
  it('without attributes gives the documented defaults and no warning', () => {
    const { config, warnings } = configOf({});
    expect(config).toEqual(DEFAULTS);
    expect(warnings).toEqual([]);
  });

  it('reads every attribute of the table, ignoring case and surrounding spaces', () => {
    const { config, warnings } = configOf({
      lang: ' EN ',
      'provider-name': '  Hälsan Företagshälsovård AB ',
      'fk-approved': 'Ja',
      sector: 'Region',
      'afa-agreement': 'ags-kl',
      group: 'ARBETARE',
      'heading-level': '4',
      heading: ' None',
      layout: 'COMPACT',
      theme: 'Dark ',
    });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      lang: 'en',
      providerName: 'Hälsan Företagshälsovård AB',
      fkApproved: true,
      offers: [],
      sector: 'region',
      afaAgreement: 'AGS-KL',
      group: 'arbetare',
      headingLevel: 4,
      heading: 'none',
      layout: 'compact',
      theme: 'dark',
    });
  });

  it('covers every attribute the table declares', () => {
    // A new attribute must get a test here (and in the bad-value table below).
    expect(Object.keys(ATTRIBUTES).sort()).toEqual([
      'afa-agreement',
      'fk-approved',
      'group',
      'heading',
      'heading-level',
      'lang',
      'layout',
      'provider-name',
      'sector',
      'theme',
    ]);
  });

  it.each([
    ['ja', true],
    ['JA', true],
    ['true', true],
    ['yes', true],
    ['', true],
    ['nej', false],
    ['false', false],
    ['no', false],
  ])('fk-approved="%s" gives %s', (value, expected) => {
    const { config, warnings } = configOf({ 'fk-approved': value });
    expect(config.fkApproved).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it('fk-approved left out means the page did not say (null): the form asks', () => {
    expect(configOf({}).config.fkApproved).toBeNull();
  });

  it.each([
    ['sv', 'sv'],
    ['en', 'en'],
  ] as const)('lang="%s"', (value, expected) => {
    expect(configOf({ lang: value }).config.lang).toBe(expected);
  });

  it.each(['kommun', 'region', 'privat', 'stat'] as const)('sector="%s"', (sector) => {
    expect(configOf({ sector }).config.sector).toBe(sector);
  });

  it.each([
    ['AGS-KL', 'AGS-KL'],
    ['ags', 'AGS'],
    ['none', 'none'],
    ['NONE', 'none'],
  ] as const)('afa-agreement="%s" gives %s', (value, expected) => {
    const { config, warnings } = configOf({ 'afa-agreement': value });
    expect(config.afaAgreement).toBe(expected);
    expect(warnings).toEqual([]);
  });

  it.each(['2', '3', '5', '6'])('heading-level="%s"', (level) => {
    expect(configOf({ 'heading-level': level }).config.headingLevel).toBe(Number(level));
  });

  it.each([
    ['lang', 'de', 'lang', 'sv'],
    ['lang', '', 'lang', 'sv'],
    ['provider-name', '   ', 'providerName', undefined],
    ['provider-name', 'x'.repeat(121), 'providerName', undefined],
    ['fk-approved', 'kanske', 'fkApproved', null],
    ['fk-approved', '1', 'fkApproved', null],
    ['sector', 'kommunal', 'sector', 'privat'],
    ['sector', '', 'sector', 'privat'],
    ['afa-agreement', 'AGS-K', 'afaAgreement', undefined],
    ['afa-agreement', 'ja', 'afaAgreement', undefined],
    ['group', 'chef', 'group', 'tjansteman'],
    ['heading-level', '1', 'headingLevel', 2],
    ['heading-level', '7', 'headingLevel', 2],
    ['heading-level', 'h3', 'headingLevel', 2],
    ['heading-level', '3.0', 'headingLevel', 2],
    ['heading', 'hidden', 'heading', 'show'],
    ['layout', 'wide', 'layout', 'full'],
    ['theme', 'black', 'theme', 'light'],
  ] as const)(
    '%s="%s" warns once, naming the attribute, and falls back to the default',
    (name, value, key, fallback) => {
      const { config, warnings } = configOf({ [name]: value });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(name);
      expect(warnings[0]).toContain(JSON.stringify(fallback ?? null));
      expect(config[key]).toEqual(fallback);
      // Nothing else is touched by one bad value.
      expect({ ...config, [key]: DEFAULTS[key] }).toEqual(DEFAULTS);
    },
  );

  it('several bad values give one warning each and keep the good ones', () => {
    const { config, warnings } = configOf({
      lang: 'fi',
      sector: 'kommun',
      group: 'chef',
      'heading-level': '9',
    });
    expect(warnings).toHaveLength(3);
    expect(warnings.filter((w) => w.includes('lang'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('group'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('heading-level'))).toHaveLength(1);
    expect(config.sector).toBe('kommun');
    expect(config.lang).toBe('sv');
  });
});

describe('the categories attribute', () => {
  it('reads ids with and without prices, prices written as people write them', () => {
    const { config, warnings } = configOf({
      categories: 'utredning:8000, stodsamtal:1 200, stresshantering',
    });
    expect(warnings).toEqual([]);
    expect(config.offers).toStrictEqual([
      { category: 'utredning', price: 8000 },
      { category: 'stodsamtal', price: 1200 },
      { category: 'stresshantering' },
    ]);
  });

  it('accepts semicolons, upper case, "kr" and öre (with a point: a comma separates entries)', () => {
    const { config, warnings } = configOf({
      categories: ' Utredning : 8 000 kr ; PSYKOLOGBEHANDLING:1 250.50;',
    });
    expect(warnings).toEqual([]);
    expect(config.offers).toStrictEqual([
      { category: 'utredning', price: 8000 },
      { category: 'psykologbehandling', price: 1250.5 },
    ]);
  });

  it('drops an unknown id with a warning and keeps the rest in order', () => {
    const { config, warnings } = configOf({ categories: 'utredning:8000, yoga:500, stodsamtal' });
    expect(config.offers).toStrictEqual([
      { category: 'utredning', price: 8000 },
      { category: 'stodsamtal' },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('categories');
    expect(warnings[0]).toContain('yoga');
  });

  it.each(['abc', '-100', '12.345', '1e5'])(
    'drops the bad price "%s" with one warning but keeps the category',
    (price) => {
      const { config, warnings } = configOf({ categories: `utredning:8000, stodsamtal:${price}` });
      expect(config.offers).toStrictEqual([
        { category: 'utredning', price: 8000 },
        { category: 'stodsamtal' },
      ]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('categories');
      expect(warnings[0]).toContain(price);
    },
  );

  it('keeps the first of two entries for one category', () => {
    const { config } = configOf({ categories: 'utredning:8000, utredning:9000' });
    expect(config.offers).toStrictEqual([{ category: 'utredning', price: 8000 }]);
  });

  it('an empty attribute means no offers and no warning', () => {
    const { config, warnings } = configOf({ categories: ' ' });
    expect(config.offers).toEqual([]);
    expect(warnings).toEqual([]);
  });
});

describe('the usual Afa agreement of a sector (AFA-WHO)', () => {
  it.each([
    ['kommun', 'AGS-KL'],
    ['region', 'AGS-KL'],
    ['privat', 'AGS'],
    ['stat', 'none'],
  ] as const)('%s → %s', (sector, agreement) => {
    expect(usualAgreement(sector)).toBe(agreement);
  });
});
