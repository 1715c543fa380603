import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BenchResult, mergeResults } from '../../../bench/lib.ts';

const dir = mkdtempSync(join(tmpdir(), 'stodkollen-summary-'));
function report(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}
function summarize(...files: string[]) {
  const r = spawnSync(process.execPath, ['scripts/summarize-tests.mjs', ...files], {
    encoding: 'utf8',
  });
  return { line: r.stdout.trim().split('\n').at(-1), code: r.status };
}

const vitest = (passed: number, failed: number) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  numTodoTests: 0,
  numTotalTests: passed + failed,
});
const linter = (problems: string[]) => ({ tool: 'addons-linter', summary: {}, problems });

describe('scripts/summarize-tests.mjs: the closing line CI reads', () => {
  it('adds vitest, the Firefox suite, Playwright and addons-linter', () => {
    const r = summarize(
      report('unit.json', vitest(10, 0)),
      report('firefox.json', vitest(5, 0)),
      report('pw.json', {
        stats: { expected: 7, unexpected: 0, skipped: 1, flaky: 0 },
        errors: [],
      }),
      report('lint.json', linter([])),
    );
    expect(r.line).toBe('23 passed, 0 failed, 1 skipped');
    expect(r.code).toBe(0);
  });

  it('counts each addons-linter problem as a failure, and a missing report as one', () => {
    const r = summarize(
      report('unit2.json', vitest(3, 1)),
      report('lint2.json', linter(['error A', 'warning B'])),
      join(dir, 'missing.json'),
    );
    expect(r.line).toBe('3 passed, 4 failed');
    expect(r.code).toBe(1);
  });
});

describe('bench: a partial run replaces only its own figures', () => {
  const r = (name: string, value: number): BenchResult => ({
    name,
    value,
    unit: 'ms',
    baseline: null,
    ratio: null,
    target: '',
  });
  it('keeps the other figures and takes the fresh ones', () => {
    const merged = mergeResults([r('core.a', 1), r('widget.b', 2)], [r('widget.b', 3)]);
    expect(merged.map((x) => [x.name, x.value])).toEqual([
      ['core.a', 1],
      ['widget.b', 3],
    ]);
  });
});
