/** The one reader of typed dates lives in core (the dashboard's insats form uses it too). */
export { dateFromEntry, looksLikeDate } from '../../core/i18n/date-entry.ts';
