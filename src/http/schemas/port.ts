import { Type, type Static } from 'typebox';
import { REJECTION_CODES } from '../../domain/rejection.ts';
import { PORT_STATUSES, CARRIER_STATUSES, maskAccountNumber, type Port, type PortStatus } from '../../domain/port-request.ts';
import { E164_PATTERN } from '../../domain/validation.ts';
import { Nullable, NullableString, Pagination, Success, Text } from './common.ts';

const PhoneInput = (description: string) => Type.String({ minLength: 1, maxLength: 32, description });

export const AddressSchema = Type.Object(
  {
    street: Text(1, 200),
    city: Text(1, 100),
    state: Text(1, 100),
    postal_code: Text(1, 20),
    country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code, e.g. US' }),
  },
  { additionalProperties: false },
);

export const SubmitPortBody = Type.Object(
  {
    number: PhoneInput('Phone number to port, in E.164 format (+14155551234)'),
    account_number: Text(1, 64, 'Account number with the current provider'),
    account_pin: Type.Optional(Nullable(Text(1, 64, 'Account PIN/password with the current provider; stored encrypted, never returned'))),
    carrier_name: Type.Optional(Nullable(Text(1, 100, 'Current service provider name'))),
    billing_phone: PhoneInput('Billing phone number on the account, in E.164 format'),
    end_user_name: Text(1, 200, 'Name of the account holder'),
    end_user_address: AddressSchema,
    customer_reference: Type.Optional(Nullable(Text(1, 64, 'Your own reference, stored and echoed back'))),
  },
  { additionalProperties: false },
);
export type SubmitPortBody = Static<typeof SubmitPortBody>;

export const PortIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const ListPortsQuery = Type.Object({
  status: Type.Optional(Type.Enum(PORT_STATUSES)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  number: Type.Optional(Type.String({ pattern: E164_PATTERN, description: 'Exact E.164 number' })),
});
export type ListPortsQuery = Static<typeof ListPortsQuery>;

export const PortSchema = Type.Object(
  {
    id: Type.String(),
    number: Type.String(),
    status: Type.Enum(PORT_STATUSES),
    carrier_status: Type.Enum(CARRIER_STATUSES),
    carrier_name: NullableString(),
    account_number: Type.String({ description: 'Masked: all but the last 4 characters are *' }),
    billing_phone: Type.String(),
    end_user_name: Type.String(),
    end_user_address: AddressSchema,
    customer_reference: NullableString(),
    number_type: Type.String({ description: 'libphonenumber type, e.g. fixed_line_or_mobile' }),
    region: Type.String({ description: 'ISO 3166-1 alpha-2 region of the number' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    estimated_completion: NullableString({ format: 'date-time' }),
    foc_date: Type.Optional(Type.String({ format: 'date', description: 'Firm order commitment date, once authorized' })),
    completed_at: Type.Optional(Type.String({ format: 'date-time' })),
    failed_at: Type.Optional(Type.String({ format: 'date-time' })),
    cancelled_at: Type.Optional(Type.String({ format: 'date-time' })),
    rejection: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
    messages: Type.Array(Type.String(), { description: 'Human-readable progress notes, oldest first' }),
  },
  { $id: 'Port' },
);
export type PortView = Static<typeof PortSchema>;

export const PortEnvelope = Success(Type.Ref('Port'));
export const PortListEnvelope = Type.Object({
  success: Type.Literal(true),
  data: Type.Array(Type.Ref('Port')),
  pagination: Pagination,
});

export const PortEventSchema = Type.Object({
  at: Type.String({ format: 'date-time' }),
  from: NullableString(),
  to: Type.String(),
  carrier_status: Type.String(),
  message: NullableString(),
  actor: Type.String({ description: 'customer:<account id>, carrier, desk:<account id> or system' }),
});
export const PortEventsEnvelope = Success(Type.Array(PortEventSchema));

/** The customer's view of a port: masked account number, no PIN, lifecycle fields once reached. */
export function presentPort(p: Port): PortView {
  const view: PortView = {
    id: p.id,
    number: p.number,
    status: p.status as PortStatus,
    carrier_status: p.carrier_status,
    carrier_name: p.carrier_name,
    account_number: maskAccountNumber(p.account_number),
    billing_phone: p.billing_phone,
    end_user_name: p.end_user_name,
    end_user_address: p.end_user_address,
    customer_reference: p.customer_reference,
    number_type: p.number_type,
    region: p.region,
    created_at: p.created_at,
    updated_at: p.updated_at,
    estimated_completion: p.estimated_completion,
    messages: p.messages,
  };
  if (p.foc_date) view.foc_date = p.foc_date;
  if (p.completed_at) view.completed_at = p.completed_at;
  if (p.failed_at) view.failed_at = p.failed_at;
  if (p.cancelled_at) view.cancelled_at = p.cancelled_at;
  if (p.rejection) view.rejection = p.rejection;
  return view;
}

/** Optional: a cancel without a body is a cancel without a reason. */
export const CancelPortBody = Type.Object(
  { reason: Type.Optional(Text(1, 500, 'Why the port is cancelled; shown in messages')) },
  { additionalProperties: false },
);

export const PatchPortBody = Type.Object(
  {
    account_number: Type.Optional(SubmitPortBody.properties.account_number),
    account_pin: SubmitPortBody.properties.account_pin,
    carrier_name: SubmitPortBody.properties.carrier_name,
    billing_phone: Type.Optional(SubmitPortBody.properties.billing_phone),
    end_user_name: Type.Optional(SubmitPortBody.properties.end_user_name),
    end_user_address: Type.Optional(AddressSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);

/** The desk sees which account a port belongs to. */
export const DeskPortSchema = Type.Object({ ...PortSchema.properties, account_id: Type.String() }, { $id: 'DeskPort' });
export type DeskPortView = Static<typeof DeskPortSchema>;
export const DeskPortEnvelope = Success(Type.Ref('DeskPort'));
export const DeskPortListEnvelope = Type.Object({ success: Type.Literal(true), data: Type.Array(Type.Ref('DeskPort')), pagination: Pagination });

export const DeskListQuery = Type.Object({
  ...ListPortsQuery.properties,
  account_id: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Only this account’s ports' })),
});

export const DeskTransitionBody = Type.Object(
  {
    status: Type.Enum(PORT_STATUSES),
    message: Type.Optional(Text(1, 1000, 'Shown to the customer in messages and the history')),
    foc_date: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'With status authorized: the FOC date (a business day, YYYY-MM-DD)' })),
    rejection_code: Type.Optional(Type.Enum(REJECTION_CODES, { description: 'Required with status failed' })),
  },
  { additionalProperties: false },
);

export const presentDeskPort = (p: Port): DeskPortView => ({ ...presentPort(p), account_id: p.account_id });
