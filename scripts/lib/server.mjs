// A small static file server for the built dist/: correct MIME types (WASM streaming needs
// application/wasm), optional sub-path mounting and extra response headers (e.g. a CSP).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Where a page's Content-Security-Policy sends its violation reports (`report-uri`). */
export const CSP_REPORTS = '/__csp-report';

/**
 * Serves `root` on 127.0.0.1 at a free port. Violation reports POSTed to CSP_REPORTS are kept in
 * the returned object's `reports` (a browser sends them with script on or off).
 * @param {string} root directory to serve
 * @param {{ base?: string, headers?: Record<string,string>, routes?: Record<string,string>,
 *   types?: Record<string,string>, brotli?: boolean,
 *   handlers?: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> }} options
 *   base: URL prefix the files live under (e.g. '/blog/verdict/'); headers: added to every
 *   response; routes: extra URL path -> file path mappings (e.g. example pages outside dist/);
 *   types: content types by extension instead of the usual ones (a misconfigured host's);
 *   handlers: URL paths answered by a function (a host that never finishes, say); brotli: text
 *   and WebAssembly sent brotli-compressed (q11) to browsers that accept it, as a CDN would.
 */
export async function serve(root, { base = '/', headers = {}, routes = {}, types = {}, handlers = {}, brotli = false } = {}) {
  const top = resolve(root);
  const reports = [];
  /** @type {Map<string, Buffer>} */
  const compressed = new Map();
  const squeeze = (file, body) => {
    if (!compressed.has(file)) {
      compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return /** @type {Buffer} */ (compressed.get(file));
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (req.method === 'POST' && path === CSP_REPORTS) {
      let body = '';
      for await (const chunk of req) body += chunk;
      reports.push(body);
      return send(res, 204, '');
    }
    if (handlers[path]) return handlers[path](req, res);
    let file = routes[path];
    if (!file) {
      if (!path.startsWith(base)) return send(res, 404, 'not found');
      const rel = path.slice(base.length) || 'index.html';
      file = normalize(join(top, rel.endsWith('/') ? rel + 'index.html' : rel));
      if (!file.startsWith(top)) return send(res, 403, 'forbidden');
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = types[extname(file)] ?? TYPES[extname(file)] ?? 'application/octet-stream';
      if (brotli && /\bbr\b/.test(String(req.headers['accept-encoding'])) && !type.startsWith('image/png')) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'br', vary: 'accept-encoding', ...headers });
        return res.end(squeeze(file, body));
      }
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + base, reports, close: () => new Promise((ok) => server.close(ok)) };
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}
