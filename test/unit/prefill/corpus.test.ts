import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../fixtures/prefill/corpus.ts';
import { evaluateCorpus } from '../../fixtures/prefill/evaluate.ts';

describe('the corpus of field descriptions from forms the matcher was not written for', () => {
  const score = evaluateCorpus();

  it('holds at least 150 descriptions, with near-misses and other people\u2019s fields among them', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((c) => c.expect === null).length).toBeGreaterThanOrEqual(50);
    expect(new Set(CORPUS.map((c) => c.expect)).size).toBeGreaterThanOrEqual(20);
  });

  it('fills no field wrong: not another field, not a near-miss option, nothing where nothing belongs', () => {
    const wrong = score.rows
      .filter((r) => r.outcome === 'wrong')
      .map((r) => `${r.row.label} [${r.row.legend ?? ''}|${r.row.heading ?? ''}] → ${r.got}`);
    expect(wrong).toEqual([]);
  });

  it('reports precision and recall per application field', () => {
    const table = score.perField.map((s) => ({
      field: s.field,
      expected: s.expected,
      right: s.right,
      wrong: s.wrong,
      precision: Number(s.precision.toFixed(3)),
      recall: Number(s.recall.toFixed(3)),
    }));
    console.table(table);
    console.info(`corpus recall ${score.recall.toFixed(3)}, wrong fills ${score.wrong}`);
    // Recall is a benchmark figure (prefill.corpus_recall); precision on the corpus must be whole.
    expect(table.every((t) => t.precision === 1)).toBe(true);
  });
});
