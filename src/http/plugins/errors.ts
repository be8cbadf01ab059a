/**
 * The one error handler, the 404/405 answers and broken-HTTP answers, all in the error envelope.
 * 405 only where the path exists under another method (with `Allow`); any other path is 404.
 */
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../domain/errors.ts';
import { errorBody, sendError, toServiceError } from '../errors.ts';

/** Which methods exist at each route pattern, for 405 answers (Fastify only knows method+path pairs). */
class RouteTable {
  private readonly entries: { pattern: RegExp; methods: Set<string> }[] = [];

  add(method: string | string[], url: string): void {
    const source = '^' + url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_]\w*/g, '[^/]+').replace(/\*/g, '.*') + '$';
    let entry = this.entries.find((e) => e.pattern.source === source);
    if (!entry) this.entries.push((entry = { pattern: new RegExp(source), methods: new Set() }));
    for (const m of Array.isArray(method) ? method : [method]) entry.methods.add(m.toUpperCase());
  }

  /** Methods served at a concrete path; empty when no route matches the path. */
  methodsFor(path: string): string[] {
    const methods = new Set<string>();
    for (const e of this.entries) if (e.pattern.test(path)) e.methods.forEach((m) => methods.add(m));
    return [...methods].sort();
  }
}

export const errors = fp(
  async (app: FastifyInstance) => {
    const routes = new RouteTable();
    app.addHook('onRoute', (route) => routes.add(route.method, route.url));
    const noRoute = (request: FastifyRequest, path: string) => new ServiceError('not_found', `No route ${request.method} ${path}`);

    app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
      const mapped = toServiceError(err);
      if (mapped.code === 'internal') request.log.error({ err }, 'request failed');
      else if (!(err instanceof ServiceError)) request.log.info({ code: mapped.code, reason: (err as Error)?.message }, 'request rejected');
      return sendError(reply, mapped);
    });

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const methods = routes.methodsFor(path);
      if (methods.length > 0) {
        reply.header('allow', methods.join(', '));
        return sendError(reply, new ServiceError('method_not_allowed', `${request.method} is not allowed on ${path}; use ${methods.join(', ')}`));
      }
      return sendError(reply, noRoute(request, path));
    });

    // Requests too broken for HTTP parsing never reach a route; answer them in the envelope too.
    app.server.removeAllListeners('clientError');
    app.server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
      if (!socket.writable || err.code === 'ECONNRESET') return socket.destroy();
      const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
      const body = JSON.stringify(
        timedOut ? errorBody('validation_failed', 'The request did not arrive in time') : errorBody('validation_failed', 'The HTTP request is malformed'),
      );
      const status = timedOut ? '408 Request Timeout' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    });
  },
  { name: 'errors' },
);
