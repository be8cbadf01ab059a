/**
 * The web console (contract/console-cli.md "Console: how it runs"), served by the same process at `/`:
 * the Vite build of web/ (npm run build:web). Hashed assets are cached for a year; index.html and the
 * client-side routes answer the app with `no-cache`, so a new build is picked up at once. Its pages get
 * the security headers of the contract (helmet: a Content-Security-Policy without inline scripts,
 * frame-ancestors 'none', nosniff). Anything else keeps the API's JSON answers, `/v2/...` included.
 *
 * Registered without fastify-plugin: the headers apply to the console's own routes only (the API and
 * /docs keep theirs).
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { ServiceError } from '../../domain/errors.ts';
import { projectFile } from '../../project-file.ts';
import { sendError } from '../errors.ts';

/** The app's own routes (web/src/routes.ts): each serves the app, which draws the page. */
export const CONSOLE_ROUTES = ['/', '/sign-in', '/ports', '/ports/*', '/orders', '/orders/*', '/webhooks', '/webhooks/*', '/desk', '/desk/*'];

const YEAR_S = 365 * 24 * 60 * 60;
/** Pages, not API operations: not in the OpenAPI document. */
const HIDDEN = { schema: { hide: true } };

/** The console's build (web/dist of the project, found from the sources or from the bundle); null when not built. */
export function defaultConsoleRoot(): string | null {
  const index = projectFile('web/dist/index.html');
  return index ? `${dirname(index)}/` : null;
}



export async function consolePlugin(app: FastifyInstance, opts: { root: string | null; tls: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Over plain HTTP (localhost) an upgrade would break every request of the page.
        ...(opts.tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    strictTransportSecurity: opts.tls ? { maxAge: YEAR_S / 2 } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });

  const root = opts.root;
  if (root === null) {
    for (const url of CONSOLE_ROUTES) {
      app.get(url, HIDDEN, (_request, reply) =>
        sendError(reply, new ServiceError('not_found', 'The console is not built: run `npm run build:web` (npm ci does) and start the server again; the API is at /v2')),
      );
    }
    return;
  }

  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders(reply, path) {
      // Vite names everything under assets/ by its content hash: a changed file is a new name.
      const hashed = path.replaceAll('\\', '/').includes('/assets/');
      reply.header('cache-control', hashed ? `public, max-age=${YEAR_S}, immutable` : 'no-cache');
    },
  });
  // index.html is read once: the build does not change under a running server.
  const index = readFileSync(`${root}/index.html`);
  const sendApp = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  for (const url of CONSOLE_ROUTES) app.get(url, HIDDEN, (_request, reply) => sendApp(reply));
}
