// Shortens the names of the wasm's imports from its JS glue, in both files:
//   node scripts/minify-imports.mjs www/pkg/dramatis_core_bg.wasm www/pkg/dramatis_core.js
// Why: wasm-bindgen names each of its ~220 imports `__wbg_<name>_<16 hex digits>`,
// once in the wasm's import section and once as a key of the glue's import object.
// The hex digits do not compress: short names ("a", "b", ..., "aa") save about 5 KB
// of the brotli transfer. Only names that are a key of the glue's import object
// exactly once are renamed, and nothing else in the glue changes; any other shape
// of the glue (a new wasm-bindgen) stops the build rather than guess.
// It also drops the glue's doc comments (`/** ... */` opening a line: copies of the
// Rust docs, which dramatis_core.d.ts keeps for editors): -0.6 KB brotli, and its
// indentation and blank lines: -0.8 KB.
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, jsPath] = process.argv.slice(2);
if (!wasmPath || !jsPath) {
  console.error('usage: node scripts/minify-imports.mjs <wasm> <glue.js>');
  process.exit(2);
}
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const MODULE = './dramatis_core_bg.js';

function readLeb(buf, pos) {
  let result = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, pos];
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

// Skips one import's description (function, table, memory, global or tag).
function skipDesc(buf, pos) {
  const kind = buf[pos++];
  const limits = () => {
    const flags = buf[pos++];
    [, pos] = readLeb(buf, pos);
    if (flags & 1) [, pos] = readLeb(buf, pos);
  };
  if (kind === 0) [, pos] = readLeb(buf, pos);
  else if (kind === 1) { pos++; limits(); }
  else if (kind === 2) limits();
  else if (kind === 3) pos += 2;
  else if (kind === 4) { pos++; [, pos] = readLeb(buf, pos); }
  else throw new Error(`unknown import kind ${kind}`);
  return pos;
}

// "a" … "z", "A" … "Z", "aa", "ab", …: never a JS keyword, and unique.
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (;;) {
    s = letters[i % 52] + s;
    i = Math.floor(i / 52);
    if (i === 0) return s;
    i -= 1;
  }
}

const keyPattern = (name) => new RegExp(`^(\\s*)${name.replace(/[$]/g, '\\$&')}(\\s*:)`, 'gm');

// The section with this id: where it starts, where its body starts and ends.
function findSection(buf, wanted, what) {
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, body] = readLeb(buf, pos + 1);
    if (id === wanted) return { start: pos, body, end: body + size };
    pos = body + size;
  }
  throw new Error(`${wasmPath}: no ${what} section`);
}

const section = findSection(wasm, 2, 'import');

let [count, p] = readLeb(wasm, section.body);
const parts = [leb(count)];
let renamed = 0;
for (let i = 0; i < count; i++) {
  let len;
  [len, p] = readLeb(wasm, p);
  const module = wasm.subarray(p, p + len);
  p += len;
  [len, p] = readLeb(wasm, p);
  const name = wasm.subarray(p, p + len).toString('utf8');
  p += len;
  const descStart = p;
  p = skipDesc(wasm, p);
  let newName = name;
  if (module.toString('utf8') === MODULE) {
    const hits = js.match(keyPattern(name)) || [];
    if (hits.length !== 1) throw new Error(`${jsPath}: import ${name} is a key ${hits.length} times, expected once`);
    newName = shortName(renamed++);
    js = js.replace(keyPattern(name), `$1${newName}$2`);
  }
  const nameBytes = Buffer.from(newName, 'utf8');
  parts.push(leb(module.length), module, leb(nameBytes.length), nameBytes, wasm.subarray(descStart, p));
}
if (p !== section.end) throw new Error(`${wasmPath}: import section not read to its end`);
const body = Buffer.concat(parts);
let out = Buffer.concat([
  wasm.subarray(0, section.start), Buffer.from([2]), leb(body.length), body, wasm.subarray(section.end),
]);

// The wasm's exports the glue calls as `wasm.<name>` get short names too ("_a", "_b",
// ...): the closure shims' names end in 16 hex digits, written three times each
// (export, glue function, call): -0.4 KB brotli. `memory` keeps its name (tests and
// tools read it), as does any export the glue does not call that way. A closure
// shim's glue function (a module-private name) takes the same short name. The
// declarations of the wasm's exports (dramatis_core_bg.wasm.d.ts) follow.
const dtsPath = jsPath.replace(/\.js$/, '_bg.wasm.d.ts');
let dts = null;
try { dts = readFileSync(dtsPath, 'utf8'); } catch (_) { /* no declarations to follow */ }
{
  const exp = findSection(out, 7, 'export');
  let [n, q] = readLeb(out, exp.body);
  const eparts = [leb(n)];
  let shortened = 0;
  for (let i = 0; i < n; i++) {
    let len;
    [len, q] = readLeb(out, q);
    const name = out.subarray(q, q + len).toString('utf8');
    q += len;
    const descStart = q;
    q += 1;
    [, q] = readLeb(out, q);
    let newName = name;
    const called = new RegExp(`\\bwasm\\.${name.replace(/[$]/g, '\\$&')}\\b`, 'g');
    if (name !== 'memory' && called.test(js)) {
      newName = `_${shortName(shortened++)}`;
      if (new RegExp(`\\b${newName}\\b`).test(js)) throw new Error(`${jsPath}: ${newName} is taken`);
      const shim = /^wasm_bindgen__convert__closures_+invoke__h[0-9a-f]{16}$/.test(name);
      js = js.replace(shim ? new RegExp(`\\b${name}\\b`, 'g') : called, shim ? newName : `wasm.${newName}`);
      if (dts !== null) dts = dts.replace(new RegExp(`^export const ${name}:`, 'm'), `export const ${newName}:`);
    }
    const nameBytes = Buffer.from(newName, 'utf8');
    eparts.push(leb(nameBytes.length), nameBytes, out.subarray(descStart, q));
  }
  if (q !== exp.end) throw new Error(`${wasmPath}: export section not read to its end`);
  const ebody = Buffer.concat(eparts);
  out = Buffer.concat([out.subarray(0, exp.start), Buffer.from([7]), leb(ebody.length), ebody, out.subarray(exp.end)]);
  console.log(`minify-imports: ${shortened} exports renamed`);
}
js = js.replace(/\n[ \t]*\/\*\*(?:(?!\*\/)[^])*\*\//g, '');
// Indentation, blank lines and whole-line `//` comments go too (-0.8 KB brotli). Safe
// only while no string or template literal spans lines: checked, else stop.
const lines = js.split('\n');
if (lines.some((l) => (l.match(/`/g) || []).length % 2 === 1 || /\\$/.test(l))) {
  throw new Error(`${jsPath}: a literal spans lines; the indentation cannot be dropped safely`);
}
js = lines.map((l) => l.trimStart()).filter((l) => l !== '' && !l.startsWith('//')).join('\n') + '\n';
writeFileSync(wasmPath, out);
writeFileSync(jsPath, js);
if (dts !== null) writeFileSync(dtsPath, dts);
console.log(`minify-imports: ${renamed} imports renamed (${wasm.length} -> ${out.length} bytes of wasm)`);
