/**
 * What the stores receive: the zips `wxt zip` packs (`ZIP=1 scripts/build-all.sh production`, as
 * `npm run build` and `npm test` do). Icons at every size, both languages, localised manifest
 * texts, each permission explained in the README, and a sources zip that builds to the same
 * Firefox output, as AMO's reviewers will check.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
// JSZip comes with WXT (which packs the zips with it); read-only use here.
import JSZip from 'jszip';
import { expect, test } from './fixtures.ts';

const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const zipPath = (kind: string) => `.output/stodkollen-${VERSION}-${kind}.zip`;
const openZip = async (kind: string) => JSZip.loadAsync(readFileSync(zipPath(kind)));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const png = Buffer.from(bytes);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The permissions named in the README's permission table (first column, in backticks). */
/** The README's permission table; a row that says "(Chrome only)" is not in Firefox's manifest. */
function readmePermissions(kind: string): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Permissions')) ?? '';
  return [...section.matchAll(/^\| `([A-Za-z]+)`( \(Chrome only\))?/gm)]
    .filter((m) => kind === 'chrome' || !m[2])
    .map((m) => m[1] as string);
}

for (const kind of ['chrome', 'firefox']) {
  test(`the ${kind} zip carries icons at 16, 32, 48 and 128 px, both languages and localised texts`, async () => {
    const zip = await openZip(kind);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.default_locale).toBe('sv');
    const sizes = ['16', '32', '48', '128'];
    for (const icons of [manifest.icons, manifest.action.default_icon]) {
      expect(Object.keys(icons).sort()).toEqual([...sizes].sort());
      for (const size of sizes) {
        const file = zip.file(icons[size]);
        expect(file, icons[size]).not.toBeNull();
        expect(pngSize(await file!.async('uint8array'))).toEqual([Number(size), Number(size)]);
      }
    }
    const texts = [manifest.name, manifest.description, manifest.action.default_title];
    for (const text of texts) expect(text).toMatch(/^__MSG_\w+__$/);
    const messages: Record<string, Record<string, { message: string }>> = {};
    for (const lang of ['sv', 'en']) {
      const file = zip.file(`_locales/${lang}/messages.json`);
      expect(file, lang).not.toBeNull();
      messages[lang] = JSON.parse(await file!.async('string'));
      for (const text of texts) {
        const key = text.slice('__MSG_'.length, -2);
        expect(messages[lang]![key]?.message, `${lang}: ${key}`).toBeTruthy();
      }
      // Chrome Web Store and AMO cut the short description at 132 characters.
      expect(messages[lang]!.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
    // One language each, not mixed.
    const sv = messages.sv!.extDescription!.message;
    const en = messages.en!.extDescription!.message;
    expect(sv).toMatch(/\b(och|från|stannar)\b/);
    expect(sv).not.toMatch(/\b(and|from|the|records|nothing)\b/i);
    expect(en).toMatch(/\b(and|from|the)\b/);
    expect(en).not.toMatch(/\b(och|från|register|stannar)\b/i);
    expect(sv).not.toContain(' / ');
    expect(en).not.toContain(' / ');

    // Every permission is explained in the README, and the README explains no other.
    expect([...manifest.permissions].sort()).toEqual(readmePermissions(kind).sort());
    // `storage` is for the vault's key in memory-only storage.session; the records stay in IndexedDB.
    expect(manifest.permissions).toContain('storage');
  });
}

test('the sources zip holds no build output and builds to the same Firefox output', async () => {
  test.setTimeout(90_000);
  const zip = await openZip('sources');
  // Nothing git ignores (build outputs, test results, local bench figures) is a source.
  const files = Object.values(zip.files).filter((f) => !f.dir);
  let ignored = '';
  try {
    ignored = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], {
      input: files.map((f) => f.name).join('\n'),
      encoding: 'utf8',
    });
  } catch {
    // git check-ignore exits 1 when none of the names is ignored.
  }
  expect(ignored.trim()).toBe('');
  expect(files.some((f) => f.name.startsWith('node_modules/'))).toBe(false);
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'public/icon/16.png',
  ]) {
    expect(zip.file(needed), needed).not.toBeNull();
  }

  // As a reviewer does (README: "Firefox: sources for AMO"), with this checkout's node_modules in
  // place of `npm ci`: unpack, build for Firefox, compare with what was zipped for AMO.
  const dir = mkdtempSync(join(tmpdir(), 'stodkollen-sources-'));
  try {
    for (const f of files) {
      const path = join(dir, f.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, await f.async('uint8array'));
    }
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: dir, stdio: 'ignore' });
    const built = join(dir, '.output/firefox-mv3');
    const shipped = await openZip('firefox');
    const listBuilt = (root: string): string[] =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(built, join(e.parentPath, e.name)))
        .sort();
    const shippedFiles = Object.values(shipped.files).filter((f) => !f.dir);
    expect(listBuilt(built)).toEqual(shippedFiles.map((f) => f.name).sort());
    for (const f of shippedFiles) {
      const same = Buffer.from(await f.async('uint8array')).equals(
        readFileSync(join(built, f.name)),
      );
      expect(same, f.name).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
