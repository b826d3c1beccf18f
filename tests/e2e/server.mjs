// The e2e test server (scripts/e2e.sh starts it): serves the repository root with the
// right MIME types (application/wasm included), plus a few fault routes for the tests.
//
//   node tests/e2e/server.mjs [--port 8000] [--root DIR]
//
// Content-Security-Policy: every response for tests/e2e/pages/csp*.html, and every
// HTML page requested with ?csp=1, carries the strict policy of issue 7:
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
//
// Fault routes (anything under /__e2e/):
//   /__e2e/status/NNN          answers HTTP NNN with a short text body
//   /__e2e/slow?ms=N           answers a valid story JSON after N ms (default 5000)
//   /__e2e/html                200, text/html: an HTML page where JSON was expected
//   /__e2e/truncated           200, application/json, cut off in the middle
//   /__e2e/story?version=V     a valid story JSON (schema version V, default "1")
//   /__e2e/big.html?paragraphs=N&chars=C   an article of N paragraphs of about C characters
//                                          each, without a widget (the test adds it)
import http from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

function args() {
  const a = process.argv.slice(2);
  const get = (name, dflt) => {
    const i = a.indexOf(name);
    return i >= 0 ? a[i + 1] : dflt;
  };
  return {
    port: Number(get('--port', process.env.PORT ?? 8000)),
    root: path.resolve(get('--root', process.env.DRAMATIS_ROOT ?? fileURLToPath(new URL('../..', import.meta.url)))),
  };
}

function story(version = '1') {
  return JSON.stringify({
    version,
    article: { title: 'Curated', url: 'https://example.org/curated' },
    actors: [
      { id: 'jane-roe', name: 'Jane Roe', kind: 'person', role: 'Foreign Minister' },
      { id: 'richard-miles', name: 'Richard Miles', kind: 'person', role: 'opposition leader' },
    ],
    quotes: [
      { id: 'q1', text: 'We reject the offer', kind: 'speech', speaker: 'jane-roe', paragraph: 0 },
      { id: 'q2', text: 'dead on arrival', kind: 'speech', speaker: 'richard-miles', paragraph: 1 },
    ],
    relations: [],
  });
}

const SPEAKERS = [
  ['President', 'Jane Roe'], ['Foreign Minister', 'Richard Miles'], ['opposition leader', 'Ahmed Salim'],
  ['spokeswoman', 'Maria Costa'], ['General', 'Tomas Berg'], ['Prime Minister', 'Lena Okafor'],
];

/** A live-blog-like article: N paragraphs, roughly every third with a quotation. */
function bigArticle(n, chars) {
  const out = [];
  const filler = 'Officials met again in the capital on Monday as negotiators traded proposals over sanctions, inspections and the timetable for talks. ';
  for (let i = 0; i < n; i++) {
    const [role, name] = SPEAKERS[i % SPEAKERS.length];
    let p = i % 3 === 0
      ? `\u201CUpdate ${i}: we will not accept these terms,\u201D ${role} ${name} said. `
      : `Entry ${i}. `;
    while (p.length < chars) p += filler;
    out.push(`<p>${p.slice(0, chars)}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dramatis e2e: big article</title></head>
<body><main><article id="big"><h1>Live: talks, day ${n}</h1>
${out.join('\n')}
</article><aside id="slot"></aside></main></body></html>`;
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function fault(url, res) {
  const route = url.pathname.slice('/__e2e/'.length);
  const status = /^status\/(\d{3})$/.exec(route);
  if (status) return send(res, Number(status[1]), 'text/plain; charset=utf-8', `status ${status[1]}`);
  switch (route) {
    case 'slow': {
      const ms = Number(url.searchParams.get('ms') ?? 5000);
      const t = setTimeout(() => send(res, 200, MIME['.json'], story()), ms);
      res.on('close', () => clearTimeout(t));
      return;
    }
    case 'html':
      return send(res, 200, MIME['.html'], '<!doctype html><html><head><title>Not found</title></head><body><h1>Oops</h1></body></html>');
    case 'truncated':
      return send(res, 200, MIME['.json'], story().slice(0, 140));
    case 'story':
      return send(res, 200, MIME['.json'], story(url.searchParams.get('version') ?? '1'));
    case 'big.html': {
      const n = Math.min(Number(url.searchParams.get('paragraphs') ?? 20000), 200000);
      const chars = Math.min(Number(url.searchParams.get('chars') ?? 250), 5000);
      return send(res, 200, MIME['.html'], bigArticle(n, chars));
    }
    default:
      return send(res, 404, 'text/plain; charset=utf-8', 'no such fault route');
  }
}

export function createServer(root) {
  return http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://localhost');
    } catch {
      return send(res, 400, 'text/plain', 'bad url');
    }
    if (url.pathname.startsWith('/__e2e/')) return fault(url, res);
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain', 'bad path');
    }
    const file = path.join(root, path.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'text/plain', 'forbidden');
    let target = file;
    let st;
    try {
      st = statSync(target);
      if (st.isDirectory()) {
        target = path.join(target, 'index.html');
        st = statSync(target);
      }
    } catch {
      return send(res, 404, 'text/html; charset=utf-8', '<!doctype html><title>404</title><h1>File not found</h1>');
    }
    const ext = path.extname(target).toLowerCase();
    const headers = { 'Content-Type': MIME[ext] ?? 'application/octet-stream', 'Content-Length': st.size, 'Cache-Control': 'no-cache' };
    const wantsCsp = url.searchParams.has('csp') || /(^|\/)csp[^/]*\.html$/.test(rel);
    if (ext === '.html' && wantsCsp) headers['Content-Security-Policy'] = CSP;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(target).pipe(res);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { port, root } = args();
  const server = createServer(root);
  server.listen(port, '127.0.0.1', () => {
    console.log(`dramatis e2e server: ${root} at http://127.0.0.1:${server.address().port}/`);
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
}
