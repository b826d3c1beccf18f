// The npm package: `npm pack --dry-run` lists exactly what a publisher installs,
// every `exports` target exists in it, and the wasm, its glue, the declarations and
// the JSON Schema are all there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.mjs';

test('npm pack ships the widget, the wasm, declarations and the schema', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  const [info] = JSON.parse(out);
  const files = new Set(info.files.map((f) => f.path));
  for (const f of ['www/dramatis.js', 'www/dramatis.d.ts', 'www/pkg/dramatis_core.js', 'www/pkg/dramatis_core_bg.wasm',
    'www/pkg/dramatis_core.d.ts', 'www/embed.html', 'www/embed.js', 'schema/story.schema.json', 'package.json']) {
    assert.ok(files.has(f), `package lacks ${f}`);
  }
  // Nothing from the repository's sources, tests or tools leaks into the package.
  for (const f of files) assert.ok(!/^(src|tests|tools|scripts|target)\//.test(f), `package should not ship ${f}`);
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const t of targets) assert.ok(files.has(t.replace(/^\.\//, '')), `exports target ${t} is not in the package`);
  console.log(`package: ${info.entryCount} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`);
});

// The hand-written declarations hold what a TypeScript publisher relies on (and reject
// misuse: tests/types/consumer.ts has @ts-expect-error lines that fail if types loosen).
test('www/dramatis.d.ts type-checks a publisher\'s usage (tsc --strict)', () => {
  const tsc = path.join(ROOT, 'tools', 'node_modules', '.bin', 'tsc');
  try {
    execFileSync(tsc, ['-p', path.join(ROOT, 'tests', 'types', 'tsconfig.json')], { cwd: ROOT, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc reported errors:\n${e.stdout}${e.stderr}`);
  }
});
