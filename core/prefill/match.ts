/**
 * Which application field each described page field is: scored against the vocabulary, decided
 * only when unambiguous. Pure: a list of descriptions in, one match per description out. Only the
 * label as rendered names a field; `aria-label`, placeholder and `name` are never enough.
 */
import type { FkKind } from '../rules/categories.ts';
import type { ApplicationField, Blocked, FieldDescription } from './fields.ts';
import { readable } from './text.ts';
import {
  FILLER_WORDS,
  type FieldWords,
  KIND_GROUP_MIN,
  KIND_WORDS,
  OTHER_DOCUMENTS,
  OWNER_PHRASES,
  OWNER_WORDS,
  type Owner,
  PERIOD_CHOICE_WORDS,
  VOCABULARY,
} from './vocabulary.ts';

export type NoMatch =
  | Blocked
  | 'no_match'
  | 'ambiguous'
  | 'duplicate'
  /** It names the thing but nothing says whose it is (a bare "Personnummer"). */
  | 'owner_unclear'
  /** Named only by `aria-label`, a placeholder or `name`: nothing a person reads. */
  | 'weak_label';

export type Match =
  | {
      ref: number;
      field: ApplicationField;
      option?: string;
      score: number;
      /** A `<select>`: the option is chosen when planning, from the case's values. */
      select?: true;
    }
  | { ref: number; field?: undefined; reason: NoMatch; candidates?: ApplicationField[] };

/** A clear winner must beat the runner-up by this much. */
const MARGIN = 2;

/** Labels repeat across fields, steps and clicks: their words are worked out once. */
const wordCache = new Map<string, string[]>();
const WORD_CACHE_MAX = 5000;

/** Lower-case words of the text as read; `-` and `.` stay inside words (`e-post`, `fr.o.m`). */
export function words(text: string): string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  const result = readable(text)
    .replace(/([a-zåäö])([A-ZÅÄÖ])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((w) => w.length > 0);
  if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
  wordCache.set(text, result);
  return result;
}

function stemIn(stem: string, tokens: readonly string[]): boolean {
  if (stem.startsWith('=')) return tokens.includes(stem.slice(1));
  if (stem.startsWith('~')) {
    const s = stem.slice(1);
    return tokens.some((t) => t.includes(s));
  }
  if (stem.startsWith('^')) {
    const s = stem.slice(1);
    const rest = tokens.filter((t) => !FILLER_WORDS.some((f) => stemIn(f, [t])));
    // The word itself, inflected ("anordnarens"), not a compound that names more.
    return rest.length > 0 && rest.every((t) => t.startsWith(s) && t.length <= s.length + 4);
  }
  return tokens.some((t) => t.startsWith(stem));
}

/** Every stem of the phrase matches some word of the text (see vocabulary.ts). */
export function phraseIn(phrase: string, tokens: readonly string[]): boolean {
  return phrase.split(' ').every((w) => stemIn(w, tokens));
}

function anyPhrase(phrases: readonly string[], tokens: readonly string[]): boolean {
  return phrases.some((p) => phraseIn(p, tokens));
}

const OTHERS = OWNER_WORDS.filter((o) => o.owner === 'other');
const OWNERS = OWNER_WORDS.filter((o) => o.owner !== 'other');

const ownerCache = new WeakMap<readonly string[], Set<Owner>>();

/** Whose the words say a value is. Cached per word list (word lists come from `words`). */
export function ownersIn(tokens: readonly string[]): Set<Owner> {
  const cached = ownerCache.get(tokens);
  if (cached) return cached;
  const owners = findOwners(tokens);
  ownerCache.set(tokens, owners);
  return owners;
}

function findOwners(tokens: readonly string[]): Set<Owner> {
  const owners = new Set<Owner>();
  for (const token of tokens) {
    // Someone else's word anywhere in a word wins ("arbetsgivarombud" is an agent).
    if (OTHERS.some((o) => stemIn(o.word, [token]))) {
      owners.add('other');
      continue;
    }
    const hit = OWNERS.find((o) => stemIn(o.word, [token]));
    if (hit) owners.add(hit.owner);
  }
  for (const p of OWNER_PHRASES) if (phraseIn(p.phrase, tokens)) owners.add(p.owner);
  return owners;
}

/** How well one description fits one field; null when it cannot be that field. */
export function scoreField(desc: FieldDescription, fw: FieldWords): number | null {
  if (desc.control !== fw.control) return null;
  if (fw.types && !fw.types.includes(desc.type)) return null;
  const label = words(desc.label);
  if (!anyPhrase(fw.subject, label)) return null;
  if (fw.never && anyPhrase(fw.never, label)) return null;
  const withHint = [...label, ...words(desc.hint ?? '')];
  if (fw.notWith && anyPhrase(fw.notWith, withHint)) return null;
  if (fw.requires && !anyPhrase(fw.requires, withHint)) return null;

  // Whose it is: the label says so, or else the fieldset's legend, or else the step's heading.
  const fromLabel = ownersIn(label);
  const fromLegend = ownersIn(words(desc.legend));
  if (fromLabel.has('other') || fromLegend.has('other')) return null;
  const sources = [fromLabel, fromLegend, ownersIn(words(desc.heading ?? ''))];
  const source = sources.findIndex((s) => s.size > 0);
  const owners = source >= 0 ? (sources[source] as Set<Owner>) : new Set<Owner>();
  if (owners.has('other')) return null;
  const foreign = [...owners].some((o) => !fw.owners.includes(o) && !fw.tolerated?.includes(o));
  // A heading covers a whole step of mixed questions: it confirms an owner, never rules one out.
  if (foreign && fw.owners.length > 0 && source < 2) return null;
  const ownerHit = fw.owners.some((o) => owners.has(o));
  // It names the thing but not whose: a weak candidate that is never filled.
  if (fw.ownerRequired && !ownerHit) return 1;
  return 4 + (ownerHit ? 2 : 0);
}

function kindOf(label: string): FkKind | undefined {
  const tokens = words(label);
  const hits = (Object.keys(KIND_WORDS) as FkKind[]).filter((k) =>
    anyPhrase(KIND_WORDS[k], tokens),
  );
  return hits.length === 1 ? hits[0] : undefined;
}

function periodOptionOf(label: string): 'year' | 'period' | undefined {
  const tokens = words(label);
  const year = anyPhrase(PERIOD_CHOICE_WORDS.year, tokens);
  const period = anyPhrase(PERIOD_CHOICE_WORDS.period, tokens);
  return year === period ? undefined : year ? 'year' : 'period';
}

const weakOrNone = (desc: FieldDescription): NoMatch =>
  desc.label.trim() === '' &&
  `${desc.ariaLabel ?? ''}${desc.placeholder}${desc.name}${desc.id}`.trim()
    ? 'weak_label'
    : 'no_match';

function matchText(desc: FieldDescription): Match {
  if (desc.label.trim() === '') return { ref: desc.ref, reason: weakOrNone(desc) };
  const best = new Map<ApplicationField, number>();
  for (const fw of VOCABULARY) {
    const score = scoreField(desc, fw);
    if (score !== null && score > (best.get(fw.field) ?? 0)) best.set(fw.field, score);
  }
  const scored = [...best].map(([field, score]) => ({ field, score }));
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first) return { ref: desc.ref, reason: 'no_match' };
  if (second && first.score - second.score < MARGIN) {
    return { ref: desc.ref, reason: 'ambiguous', candidates: scored.map((s) => s.field) };
  }
  if (first.score === 1)
    return { ref: desc.ref, reason: 'owner_unclear', candidates: [first.field] };
  return {
    ref: desc.ref,
    field: first.field,
    score: first.score,
    ...(desc.control === 'select' ? { select: true as const } : {}),
  };
}

/** Any file input is where the invoice basis goes, unless it asks for another document. */
function matchFile(desc: FieldDescription): Match {
  const label = words(`${desc.label} ${desc.legend}`);
  if (anyPhrase(OTHER_DOCUMENTS, label) || ownersIn(label).has('other')) {
    return { ref: desc.ref, reason: 'no_match' };
  }
  return { ref: desc.ref, field: 'attachment', score: 4 };
}

/** Checkboxes are the kinds question only as a group holding several of FK's kinds. */
function matchChoices(descs: readonly FieldDescription[], out: Map<number, Match>): void {
  const groups = new Map<string, FieldDescription[]>();
  for (const d of descs) {
    if (d.control !== 'checkbox' && d.control !== 'radio') continue;
    const key = `${d.control}:${d.group}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  for (const members of groups.values()) {
    if (ownersIn(words(members[0]?.legend ?? '')).has('other')) {
      for (const d of members) out.set(d.ref, { ref: d.ref, reason: 'no_match' });
      continue;
    }
    if (members[0]?.control === 'checkbox') {
      const kinds = members.map((d) => kindOf(d.label));
      const distinct = new Set(kinds.filter((k) => k !== undefined));
      const isKinds =
        distinct.size >= KIND_GROUP_MIN && distinct.size === kinds.filter(Boolean).length;
      members.forEach((d, i) => {
        const kind = kinds[i];
        out.set(
          d.ref,
          isKinds && kind
            ? { ref: d.ref, field: 'kinds', option: kind, score: 4 }
            : { ref: d.ref, reason: 'no_match' },
        );
      });
    } else {
      const options = members.map((d) => periodOptionOf(d.label));
      const isChoice = options.includes('year') && options.includes('period');
      members.forEach((d, i) => {
        const option = options[i];
        out.set(
          d.ref,
          isChoice && option
            ? { ref: d.ref, field: 'periodChoice', option, score: 4 }
            : { ref: d.ref, reason: 'no_match' },
        );
      });
    }
  }
}

/**
 * One match per description, in order. Blocked fields are never matched; two usable fields that
 * both claim the same value are both left alone (the page is not what we think it is).
 */
export function matchFields(descs: readonly FieldDescription[]): Match[] {
  const out = new Map<number, Match>();
  const usable = descs.filter((d) => !d.blocked);
  for (const d of descs) {
    if (d.blocked) out.set(d.ref, { ref: d.ref, reason: d.blocked });
    else if (d.control === 'file') out.set(d.ref, matchFile(d));
    else if (d.control === 'text' || d.control === 'select') out.set(d.ref, matchText(d));
    else if (d.control !== 'checkbox' && d.control !== 'radio') {
      out.set(d.ref, { ref: d.ref, reason: 'no_match' });
    }
  }
  matchChoices(usable, out);

  const claims = new Map<string, number[]>();
  for (const m of out.values()) {
    // Nothing is written into a file input: two of them are two places to attach, not a trap.
    if (!m.field || m.field === 'attachment') continue;
    const key = m.option ? `${m.field}:${m.option}` : m.field;
    claims.set(key, [...(claims.get(key) ?? []), m.ref]);
  }
  for (const [key, refs] of claims) {
    if (refs.length < 2) continue;
    for (const ref of refs) {
      out.set(ref, {
        ref,
        reason: 'duplicate',
        candidates: [key.split(':')[0] as ApplicationField],
      });
    }
  }
  return descs.map((d) => out.get(d.ref) ?? { ref: d.ref, reason: 'no_match' });
}

/** What a select of providers or employers compares its options with, beside the name. */
export const SELECT_COMPANION: Partial<Record<ApplicationField, ApplicationField>> = {
  'provider.name': 'provider.organisationsnummer',
  'employer.name': 'employer.organisationsnummer',
};

/** A split name needs the full one too: it is the value to type when it does not split. */
export const NAME_COMPANION: Partial<Record<ApplicationField, ApplicationField>> = {
  'employee.firstName': 'employee.name',
  'employee.lastName': 'employee.name',
  'contact.firstName': 'contact.name',
  'contact.lastName': 'contact.name',
};

/** The fields whose values a step needs: all the content script asks the background for. */
export function fieldsNeeded(matches: readonly Match[]): ApplicationField[] {
  const needed = new Set<ApplicationField>();
  for (const m of matches) {
    if (!m.field) continue;
    needed.add(m.field);
    const companion = m.select ? SELECT_COMPANION[m.field] : NAME_COMPANION[m.field];
    if (companion) needed.add(companion);
  }
  return [...needed];
}
