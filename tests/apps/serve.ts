// Serving a built app as production would: static files (with the README's strict CSP where
// the app can take it), or the framework's own server.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';

export const appsDir = process.env.APPS_DIR ?? join(tmpdir(), 'dw-article-apps');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/svg+xml',
  '.css': 'text/css',
};

export const strictCsp = "default-src 'self'; object-src 'none'; base-uri 'none'";

/** A static server over `root` on a free port; `csp` is sent with every response when given. */
export async function serveStatic(root: string, csp?: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    const file = join(root, path);
    const headers: Record<string, string> = csp ? { 'content-security-policy': csp } : {};
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, headers).end('not found');
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** `next start` in the app's folder, in a process group of its own (stopped with it). */
export async function nextStart(dir: string, port: number): Promise<{ origin: string; close(): void }> {
  const child: ChildProcess = spawn(
    join(dir, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: dir,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      if (tries > 100) throw new Error(`next start did not answer on ${origin}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { origin, close: () => process.kill(-child.pid!, 'SIGTERM') };
}

/** Everything the page reports that a user would call a problem: errors, hydration warnings, CSP violations. */
export function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat|did not match/i.test(text)) seen.push(`${message.type()}: ${text}`);
  });
  void page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return seen;
}

/** The element that has focus, across shadow roots, as `tag#id` or `tag "text"`. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'nothing';
    return `${active.localName}${active.id ? `#${active.id}` : ''} "${active.textContent!.trim().slice(0, 40)}"`;
  });
}
