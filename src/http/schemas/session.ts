import { Type } from 'typebox';
import { NullableString, Success } from './common.ts';

export const CreateSessionBody = Type.Object(
  {
    api_key: Type.String({ minLength: 1, maxLength: 200, description: 'Your API key (ptk_…); it is checked and not kept', examples: ['ptk_…'] }),
  },
  { additionalProperties: false, title: 'CreateSessionRequest', description: 'Sign in to the console with an API key' },
);

export const SessionSchema = Type.Object(
  {
    account_id: Type.String(),
    account_name: Type.String(),
    admin: Type.Boolean({ description: 'An admin (porting desk) account' }),
    csrf_token: NullableString({ description: 'With a console session: send it as X-CSRF-Token on every request that changes something; null for X-Auth-Token callers' }),
    expires_at: NullableString({ format: 'date-time', description: 'With a console session: when it ends unless used before (12 hours after its last use, real time)' }),
  },
  { title: 'ConsoleSession', description: 'Who is signed in' },
);

export const SessionEnvelope = Success(SessionSchema, 'ConsoleSessionResponse', 'The console session');
export const MaybeSessionEnvelope = Success(Type.Union([SessionSchema, Type.Null()]), 'CurrentSessionResponse', 'Who is signed in: null when no one is (no credentials, or a session that has ended)');
export const SignedOutEnvelope = Success(Type.Object({ signed_out: Type.Literal(true) }), 'SignedOutResponse', 'The session has ended');
