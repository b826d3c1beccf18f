// Writes the served loader from its readable source:
//   node scripts/build-loader.mjs www/dramatis.src.js www/dramatis.js
// Why: every reader downloads the loader, and its why-comments and indentation are a
// third of it (-1.4 KB of the brotli transfer). The repository keeps the readable file
// (www/dramatis.src.js, the one to edit and to read); the served copy (www/dramatis.js,
// built, not committed) is the same program with its comments, indentation and blank
// lines removed, under a one-line header naming the source. Line breaks stay where
// they were (no semicolon insertion can change) and nothing is renamed.
// Check: the TypeScript compiler (tools/node_modules, scripts/setup.sh) parses both
// files and prints them without comments; the two printouts must be equal, else the
// build stops: a stripper that misread a string, a template or a regular expression
// cannot ship.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [srcPath, outPath] = process.argv.slice(2);
if (!srcPath || !outPath) {
  console.error('usage: node scripts/build-loader.mjs <readable.js> <served.js>');
  process.exit(2);
}
const src = readFileSync(srcPath, 'utf8');

const ID = /[A-Za-z0-9_$]/;
// After these (the last token written), a `/` opens a regular expression, not a division.
const BEFORE_REGEX = /^(?:[-(,=:[!&|?{};+*%<>~^]|return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)$/;

// Comments, indentation and blank lines out; one space where the source had spaces
// inside a line; strings, templates and regular expressions copied as they are.
function strip(s) {
  let out = '';
  let i = 0;
  let last = ''; // the last token written
  let depth = 0; // braces open
  const templates = []; // brace depth at each open `${`
  const fail = (what) => { throw new Error(`${srcPath}: ${what} at offset ${i}`); };
  // From just after a template's ` or a `}` closing its `${`: to its end or next `${`.
  const template = () => {
    for (;;) {
      if (i >= s.length) fail('unterminated template');
      const c = s[i];
      if (c === '\\') { out += s.slice(i, i + 2); i += 2; continue; }
      if (c === '`') { out += c; i++; last = c; return; }
      if (c === '$' && s[i + 1] === '{') { out += '${'; i += 2; templates.push(depth); last = '{'; return; }
      out += c; i++;
    }
  };
  while (i < s.length) {
    const c = s[i];
    if (c === '/' && s[i + 1] === '/') {
      while (i < s.length && s[i] !== '\n') i++;
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      const lines = s.slice(i, end).includes('\n');
      i = end + 2;
      if (lines) out += '\n'; // a comment over lines ends a line, as it did for the parser
      else if (out !== '' && !/\s$/.test(out)) out += ' ';
    } else if (/\s/.test(c)) {
      let newline = false;
      while (i < s.length && /\s/.test(s[i])) { if (s[i] === '\n') newline = true; i++; }
      if (newline) out = out.replace(/ +$/, '') + '\n';
      else if (out !== '' && !/\s$/.test(out)) out += ' ';
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (s[j] !== c) {
        if (s[j] === '\\') j++;
        if (j >= s.length || s[j] === '\n') fail('unterminated string');
        j++;
      }
      out += s.slice(i, j + 1); i = j + 1; last = c;
    } else if (c === '`') {
      out += c; i++; template();
    } else if (c === '/' && (last === '' || BEFORE_REGEX.test(last))) {
      let j = i + 1;
      let inClass = false;
      while (inClass || s[j] !== '/') {
        if (s[j] === '\\') j++;
        else if (s[j] === '[') inClass = true;
        else if (s[j] === ']') inClass = false;
        if (j >= s.length || s[j] === '\n') fail('unterminated regular expression');
        j++;
      }
      j++;
      while (/[a-z]/.test(s[j] ?? '')) j++;
      out += s.slice(i, j); i = j; last = '/re/';
    } else if (c === '}' && templates.length && templates[templates.length - 1] === depth) {
      templates.pop(); out += c; i++; template();
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      let j = i + 1;
      if (ID.test(c)) while (j < s.length && ID.test(s[j])) j++;
      last = s.slice(i, j); out += last; i = j;
    }
  }
  return out.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n') + '\n';
}

const header = `// Dramatis loader, built from ${path.basename(srcPath)} (the readable source, with its comments; reference in dramatis.d.ts) by scripts/build-loader.mjs.\n`;
const served = header + strip(src);

const require = createRequire(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../tools/node_modules/'));
let ts;
try { ts = require('typescript'); } catch (_) {
  console.error('build-loader: tools/node_modules/typescript missing (run scripts/setup.sh)');
  process.exit(1);
}
const printer = ts.createPrinter({ removeComments: true });
const print = (text) => printer.printFile(ts.createSourceFile('loader.js', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS));
if (print(src) !== print(served)) {
  console.error(`build-loader: the stripped ${outPath} is not the same program as ${srcPath}; not written`);
  process.exit(1);
}
writeFileSync(outPath, served);
console.log(`build-loader: ${srcPath} ${Buffer.byteLength(src)} -> ${outPath} ${Buffer.byteLength(served)} bytes (same program)`);
