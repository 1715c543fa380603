/**
 * Which application field each described page field is: scored against the vocabulary, decided
 * only when unambiguous. Pure: a list of descriptions in, one match per description out.
 */
import type { FkKind } from '../rules/categories.ts';
import type { ApplicationField, Blocked, FieldDescription } from './fields.ts';
import {
  type FieldWords,
  KIND_GROUP_MIN,
  KIND_WORDS,
  OWNER_WORDS,
  type Owner,
  PERIOD_CHOICE_WORDS,
  VOCABULARY,
} from './vocabulary.ts';

export type NoMatch = Blocked | 'no_match' | 'ambiguous' | 'duplicate';

export type Match =
  | { ref: number; field: ApplicationField; option?: string; score: number }
  | { ref: number; field?: undefined; reason: NoMatch; candidates?: ApplicationField[] };

/** A clear winner must beat the runner-up by this much. */
const MARGIN = 2;

/** Lower-case words; `-` and `.` stay inside words (`e-post`, `fr.o.m`). */
export function words(text: string): string[] {
  return text
    .replace(/([a-zåäö])([A-ZÅÄÖ])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((w) => w.length > 0);
}

/** Every word of the phrase begins a word of the text; `=word` must be a whole word. */
export function phraseIn(phrase: string, tokens: readonly string[]): boolean {
  return phrase
    .split(' ')
    .every((w) =>
      w.startsWith('=') ? tokens.includes(w.slice(1)) : tokens.some((t) => t.startsWith(w)),
    );
}

function anyPhrase(phrases: readonly string[], tokens: readonly string[]): boolean {
  return phrases.some((p) => phraseIn(p, tokens));
}

export function ownersIn(tokens: readonly string[]): Set<Owner> {
  const owners = new Set<Owner>();
  for (const token of tokens) {
    const hit = OWNER_WORDS.find((o) => token.startsWith(o.word));
    if (hit) owners.add(hit.owner);
  }
  return owners;
}

/** How well one description fits one field; null when it cannot be that field. */
export function scoreField(desc: FieldDescription, fw: FieldWords): number | null {
  if (desc.control !== fw.control) return null;
  if (fw.types && !fw.types.includes(desc.type)) return null;
  const label = words(`${desc.label} ${desc.placeholder}`);
  if (fw.never && anyPhrase(fw.never, label)) return null;
  const inLabel = anyPhrase(fw.subject, label);
  const inHint =
    !inLabel && anyPhrase(fw.subject, words(`${desc.name} ${desc.id}`.replace(/[-_.]/g, ' ')));
  if (!inLabel && !inHint) return null;

  // Whose it is: the label says so, or else the fieldset's legend does.
  const fromLabel = ownersIn(label);
  const owners = fromLabel.size > 0 ? fromLabel : ownersIn(words(desc.legend));
  for (const owner of owners) {
    if (owner === 'other') return null;
    if (!fw.owners.includes(owner) && !fw.tolerated?.includes(owner)) return null;
  }
  const ownerHit = fw.owners.some((o) => owners.has(o));
  // It names the thing but not whose: a weak candidate that only wins when alone.
  if (fw.ownerRequired && !ownerHit) return 1;
  return (inLabel ? 4 : 1) + (ownerHit ? 2 : 0);
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

function matchText(desc: FieldDescription): Match {
  const scored = VOCABULARY.map((fw) => ({ field: fw.field, score: scoreField(desc, fw) }))
    .filter((s): s is { field: ApplicationField; score: number } => s.score !== null)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return { ref: desc.ref, reason: 'no_match' };
  if (second && best.score - second.score < MARGIN) {
    return { ref: desc.ref, reason: 'ambiguous', candidates: scored.map((s) => s.field) };
  }
  if (best.score === 1 && VOCABULARY.some((fw) => fw.field === best.field && fw.ownerRequired)) {
    return { ref: desc.ref, reason: 'ambiguous', candidates: [best.field] };
  }
  return { ref: desc.ref, field: best.field, score: best.score };
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
    else if (d.control === 'text' || d.control === 'file') out.set(d.ref, matchText(d));
    else if (d.control !== 'checkbox' && d.control !== 'radio') {
      out.set(d.ref, { ref: d.ref, reason: 'no_match' });
    }
  }
  matchChoices(usable, out);

  const claims = new Map<string, number[]>();
  for (const m of out.values()) {
    if (!m.field) continue;
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

/** The fields whose values a step needs: all the content script asks the background for. */
export function fieldsNeeded(matches: readonly Match[]): ApplicationField[] {
  const needed = new Set<ApplicationField>();
  for (const m of matches) if (m.field) needed.add(m.field);
  return [...needed];
}
