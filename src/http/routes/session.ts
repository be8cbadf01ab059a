/**
 * Console sign-in (contract/console-cli.md "Console: how it runs"): an API key, pasted once, becomes a
 * session kept in an HttpOnly, SameSite=Strict cookie (Secure under TLS); sign-out ends it on the
 * server. Failed sign-ins count toward the address's authentication throttle like a wrong
 * X-Auth-Token. The key itself is never stored or sent back.
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ServiceError } from '../../domain/errors.ts';
import type { OpenSession, SessionService } from '../../workflow/session-service.ts';
import type { Principal } from '../../workflow/principal.ts';
import { SESSION_COOKIE } from '../plugins/auth.ts';
import { errorResponses } from '../schemas/common.ts';
import { CreateSessionBody, MaybeSessionEnvelope, SessionEnvelope, SignedOutEnvelope } from '../schemas/session.ts';

const tags = ['console session'];

const present = (principal: Principal, session: OpenSession | null) => ({
  account_id: principal.accountId,
  account_name: principal.accountName,
  admin: principal.isAdmin,
  csrf_token: session?.csrfToken ?? null,
  expires_at: session?.expiresAt ?? null,
});

export async function sessionRoutes(app: FastifyInstance, opts: { sessions: SessionService; secureCookie: boolean }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { sessions } = opts;
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, secure: opts.secureCookie, path: '/' };

  r.post(
    '/v2/session',
    {
      schema: {
        operationId: 'createSession',
        summary: 'Sign in to the console',
        description:
          'Checks an API key and opens a console session: the answer sets the HttpOnly session cookie and carries the CSRF token that changes made with the session must send as X-CSRF-Token. The session ends after 12 hours without use, on sign-out, or when the key is revoked.',
        tags,
        security: [],
        body: CreateSessionBody,
        response: { 201: SessionEnvelope, ...errorResponses(400, 401, 413, 415) },
        'x-response-headers': { 201: ['Set-Cookie'] },
      },
    },
    async (request, reply) => {
      const throttle = app.authFailures;
      const refused = throttle.refusal(request.ip);
      if (refused) {
        reply.header('retry-after', String(refused.retryAfter));
        throw refused.error;
      }
      let principal: Principal;
      try {
        principal = await app.authenticator.check(request.body.api_key);
      } catch (err) {
        if (err instanceof ServiceError && err.code === 'unauthorized') {
          throttle.failed(request.ip);
          throw new ServiceError('unauthorized', 'This API key is not valid or has been revoked', [{ field: 'api_key', message: 'is not a valid API key' }]);
        }
        throw err;
      }
      const { token, session } = await sessions.open(principal);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions);
      return reply.code(201).send({ success: true as const, data: present(principal, session) });
    },
  );

  r.get(
    '/v2/session',
    {
      // An API key is checked as anywhere else; without one, the cookie's session or nobody.
      onRequest: (request, reply, done) => (request.headers['x-auth-token'] !== undefined ? app.authenticate(request, reply, done) : done()),
      schema: {
        operationId: 'getSession',
        summary: 'Who is signed in',
        description:
          'The account behind the console session (or the API key), and the session’s CSRF token; `data: null` when no one is signed in (no credentials, or a session that has ended, whose cookie is then cleared).',
        tags,
        security: [{ apiKey: [] }, {}],
        response: { 200: MaybeSessionEnvelope, ...errorResponses(400, 401) },
        'x-response-headers': { 200: ['Set-Cookie'] },
      },
    },
    async (request, reply) => {
      if (request.principal) return { success: true as const, data: present(request.principal, null) };
      const token = request.cookies[SESSION_COOKIE];
      const session = token === undefined ? undefined : await sessions.resolve(token);
      if (!session) {
        if (token !== undefined) reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return { success: true as const, data: null };
      }
      return { success: true as const, data: present(session.principal, session) };
    },
  );

  r.delete(
    '/v2/session',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'deleteSession',
        summary: 'Sign out of the console',
        description: 'Ends the console session on the server and clears its cookie.',
        tags,
        security: [{ apiKey: [] }],
        response: { 200: SignedOutEnvelope, ...errorResponses(400, 401, 403) },
        'x-response-headers': { 200: ['Set-Cookie'] },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (request.consoleSession && token !== undefined) await sessions.close(token);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { success: true as const, data: { signed_out: true as const } };
    },
  );
}
