/**
 * Building blocks for every schema, written with `zod/mini` (tree-shakable: the widget ships it to
 * every visitor of an FHV site). Each check carries a message key from `core/i18n/messages.ts`.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../i18n/dates.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { CATEGORY_IDS, FK_KINDS } from '../rules/categories.ts';
import { AFA_AGREEMENTS, EMPLOYEE_GROUPS, SECTORS } from '../rules/coverage.ts';

export const err = (key: MessageKey) => ({ error: key });

/** Largest amount accepted, in kronor: keeps öre arithmetic within safe integers. */
export const MAX_AMOUNT = 1_000_000_000;

export const isoDate = z
  .string(err('date_invalid'))
  .check(z.refine(isIsoDate, err('date_invalid')));

/** Kronor, ≥ 0, at most two decimals. */
export const amount = z.number(err('amount_not_number')).check(
  z.refine((n) => Number.isFinite(n), err('amount_not_number')),
  z.refine((n) => n >= 0, err('amount_negative')),
  z.refine((n) => n <= MAX_AMOUNT, err('amount_too_large')),
  z.refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, err('amount_decimals')),
);

export const nonEmptyText = (max = 500) =>
  z.string(err('required')).check(
    z.refine((s) => s.trim().length > 0, err('text_empty')),
    z.maxLength(max, err('text_too_long')),
  );

export const optionalText = (max = 2000) =>
  z.optional(z.string(err('wrong_type')).check(z.maxLength(max, err('text_too_long'))));

export const sector = z.enum(SECTORS, err('unknown_value'));
export const afaAgreement = z.enum(AFA_AGREEMENTS, err('unknown_value'));
export const employeeGroup = z.enum(EMPLOYEE_GROUPS, err('unknown_value'));
export const category = z.enum(CATEGORY_IDS, err('category_unknown'));
export const fkKind = z.enum(FK_KINDS, err('unknown_value'));
export const fkKinds = z.array(fkKind).check(z.minLength(1, err('kinds_empty')));

export const email = z
  .string(err('email_invalid'))
  .check(z.refine((s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim()), err('email_invalid')));

export const phone = z
  .string(err('phone_invalid'))
  .check(z.refine((s) => /^\+?[\d\s-]{6,20}$/.test(s.trim()), err('phone_invalid')));
