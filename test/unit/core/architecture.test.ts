import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const core = files('core').filter((f) => !f.endsWith('.test.ts'));

describe('the core stays pure', () => {
  it('imports nothing from the extension, its entry points or the widget', () => {
    const offenders = core.filter((f) =>
      /from\s+'[^']*\/(entrypoints|extension|widget)\//.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('imports full zod nowhere: only the tree-shakable zod/mini', () => {
    const offenders = core.filter((f) => /from\s+'zod(\/v4)?'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('uses no DOM and no extension API outside the store (IndexedDB is its job)', () => {
    const offenders = core
      .filter((f) => !f.startsWith(join('core', 'store')))
      .filter((f) =>
        /\b(document|window|localStorage|chrome|browser)\s*\./.test(
          readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
