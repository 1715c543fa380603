#!/usr/bin/env node
/**
 * Stylesheets of third-party packages whose dependency tree is far heavier than their CSS, for the
 * widget's host-page tests and bench. `@wordpress/block-library` as a devDependency installs 288
 * packages and about 885 MB (the block editor and its React stack) for two CSS files; here only its
 * own tarball comes from the npm registry (`npm pack`, no dependencies, no scripts), pinned by
 * version and by the registry's sha512 integrity, and only the CSS files are unpacked into
 * node_modules/.cache/host-css/ (untracked). Run by scripts/ensure-setup.sh; a second run does
 * nothing. Exits non-zero, saying why, when a tarball's integrity does not match.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each package: its exact version, the registry's integrity for it, and the files wanted. */
export const HOST_CSS = [
  {
    name: '@wordpress/block-library',
    version: '11.0.0',
    integrity:
      'sha512-WdtkEUkvbJKw1t+GVRl/nl2bgqhsYqsdsPxCl4BfEw4Xtc+i5MwRXN0d3cY6ZMIP/e51L+QxASvk50VBtla17A==',
    files: ['build-style/style.css', 'build-style/theme.css'],
  },
];

/** Where a package's files are unpacked, relative to the repository's root. */
export function hostCssDir(name, version) {
  return join('node_modules/.cache/host-css', `${name.replace('/', '+')}@${version}`);
}

function fetchOne({ name, version, integrity, files }) {
  const dir = join(root, hostCssDir(name, version));
  if (files.every((f) => existsSync(join(dir, f)))) return;
  const tmp = mkdtempSync(join(tmpdir(), 'host-css-'));
  try {
    const out = execFileSync(
      'npm',
      ['pack', `${name}@${version}`, '--pack-destination', tmp, '--silent', '--ignore-scripts'],
      { cwd: tmp, encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .at(-1);
    const tarball = join(tmp, out);
    const [algorithm, expected] = integrity.split(/-(.*)/s);
    const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
    if (actual !== expected) {
      throw new Error(
        `${name}@${version}: fel kontrollsumma / integrity mismatch (väntad / expected ${integrity}, fick / got ${algorithm}-${actual})`,
      );
    }
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', [
      '-xzf',
      tarball,
      '-C',
      dir,
      '--strip-components=1',
      ...files.map((f) => `package/${f}`),
    ]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const pkg of HOST_CSS) fetchOne(pkg);
}
