import { Type, type Static } from 'typebox';
import { SPID_PATTERN } from '../../domain/carrier-directory.ts';
import { FOC_DATE_INPUT_PATTERN } from '../../domain/foc-dates.ts';
import { CARRIER_STATUSES, PORT_STATUSES, type Port } from '../../domain/port-request.ts';
import { presentPort, type PortView } from '../../domain/port-view.ts';
import { REJECTION_CODES } from '../../domain/rejection.ts';
import { E164_PATTERN } from '../../domain/validation.ts';
import type { HistoryEntry } from '../../store/ports.ts';
import { optionalBody } from '../validator.ts';
import { Counts, Nullable, NullableString, PageQuery, Pagination, Success, Text } from './common.ts';

/** The FOC date a customer asks for (see GET /v2/foc_dates). */
export const RequestedFocDate = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  description: 'The FOC date you ask for (YYYY-MM-DD): a business day from the earliest possible to 30 days out (GET /v2/foc_dates); the carrier confirms the later of it and the earliest',
  examples: ['2026-12-01'],
});

export const LosingCarrierSchema = Type.Object(
  {
    name: Type.String(),
    spid: Type.String({ description: 'NPAC Service Provider ID' }),
    wireless: Type.Boolean(),
    pin_required: Type.Boolean({ description: 'The carrier rejects a port without the account PIN' }),
  },
  { title: 'LosingCarrier', description: 'Who holds the number today' },
);

const PhoneInput = (description: string) => Type.String({ minLength: 1, maxLength: 32, description, examples: ['+14155551234'] });

export const AddressSchema = Type.Object(
  {
    street: Text(1, 200, 'Street and number', '123 Main St'),
    city: Text(1, 100, 'City', 'San Francisco'),
    state: Text(1, 100, 'State or province', 'CA'),
    postal_code: Text(1, 20, 'Postal code', '94102'),
    country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code', examples: ['US'] }),
  },
  { additionalProperties: false, title: 'Address', description: 'The service address on the account' },
);

export const SubmitPortBody = Type.Object(
  {
    number: PhoneInput('Phone number to port, in E.164 format'),
    account_number: Text(1, 64, 'Account number with the current provider', '123456789'),
    account_pin: Type.Optional(Nullable(Text(1, 64, 'Account PIN/password with the current provider; stored encrypted, never returned', '4321'))),
    carrier_name: Type.Optional(Nullable(Text(1, 100, 'Current service provider name', 'Previous Provider'))),
    billing_phone: PhoneInput('Billing phone number on the account, in E.164 format'),
    end_user_name: Text(1, 200, 'Name of the account holder', 'John Doe'),
    end_user_address: AddressSchema,
    customer_reference: Type.Optional(Nullable(Text(1, 64, 'Your own reference, stored and echoed back', 'crm-77'))),
    requested_foc_date: Type.Optional(Nullable(RequestedFocDate)),
  },
  { additionalProperties: false, title: 'SubmitPortRequest', description: 'A port request' },
);
export type SubmitPortBody = Static<typeof SubmitPortBody>;

export const PortIdParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64, description: 'The port id', examples: ['port_0F3kq9VqJx2m-Lpa'] }),
});

/** `?losing_carrier=<SPID>`: a losing carrier, by its NPAC SPID. */
export const LosingCarrierQuery = (description: string) => Type.String({ pattern: SPID_PATTERN, description, examples: ['2002'] });

/** `?action_required=true`: only what the desk flagged for the customer to act on (false: only the rest). */
export const ActionRequiredQuery = Type.Boolean({ description: 'true: only those the porting desk asked you to act on (see their comments); false: only the others', examples: [true] });

export const ListPortsQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(PORT_STATUSES, { description: 'Only ports in this status', examples: ['pending'] })),
    ...PageQuery,
    number: Type.Optional(Type.String({ pattern: E164_PATTERN, description: 'Only ports of this exact E.164 number (send + as %2B)', examples: ['+14155551234'] })),
    order_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Only the ports of this order', examples: ['ord_9fQ2kLm0Rt7wXb3k'] })),
    action_required: Type.Optional(ActionRequiredQuery),
    customer_reference: Type.Optional(Text(1, 64, 'Only the ports with this exact customer reference', 'crm-77')),
    losing_carrier: Type.Optional(LosingCarrierQuery('Only the ports whose losing carrier has this SPID (losing_carrier.spid)')),
  },
  { additionalProperties: false },
);
export type ListPortsQuery = Static<typeof ListPortsQuery>;

export const PortSchema = Type.Object(
  {
    id: Type.String({ description: 'port_ followed by at least 12 url-safe characters' }),
    number: Type.String({ description: 'E.164' }),
    status: Type.Enum(PORT_STATUSES),
    carrier_status: Type.Enum(CARRIER_STATUSES),
    carrier_name: NullableString(),
    account_number: Type.String({ description: 'Masked: only the last characters show (at most 4, and never fewer than 4 are masked)' }),
    billing_phone: Type.String(),
    end_user_name: Type.String(),
    end_user_address: AddressSchema,
    customer_reference: NullableString(),
    number_type: Type.String({ description: 'libphonenumber type, e.g. fixed_line_or_mobile' }),
    region: Type.String({ description: 'ISO 3166-1 alpha-2 region of the number' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    estimated_completion: NullableString({ format: 'date-time', description: 'When the port is expected to complete; null once final' }),
    // One `type: [object, null]` rather than anyOf, so the serializer need not try each branch.
    losing_carrier: Type.Unsafe<Static<typeof LosingCarrierSchema> | null>({
      ...LosingCarrierSchema,
      type: ['object', 'null'],
      title: undefined,
      description: 'Who holds the number today (null only for ports older than the carrier directory)',
    }),
    requested_foc_date: Type.Optional(Type.String({ format: 'date', description: 'The FOC date asked for' })),
    foc_date: Type.Optional(Type.String({ format: 'date', description: 'Firm order commitment date, once authorized' })),
    completed_at: Type.Optional(Type.String({ format: 'date-time' })),
    failed_at: Type.Optional(Type.String({ format: 'date-time' })),
    cancelled_at: Type.Optional(Type.String({ format: 'date-time' })),
    rejection: Type.Optional(
      Type.Object(
        { code: Type.Enum(REJECTION_CODES), message: Type.String(), number: Type.Optional(Type.String({ description: 'When the carrier rejected a whole sub-order: the number at fault' })) },
        { title: 'Rejection' },
      ),
    ),
    order_id: Type.Optional(Type.String({ description: 'The order this port is a number of' })),
    sub_order_id: Type.Optional(Type.String({ description: 'Its sub-order (one losing carrier)' })),
    messages: Type.Array(Type.String(), { description: 'Human-readable progress notes, oldest first' }),
    action_required: Type.Boolean({ description: 'The porting desk asked you to act (see the port’s comments); cleared when you comment or correct the port' }),
  },
  { title: 'Port' },
);
/** The schema describes the domain's customer view exactly (checked both ways at compile time). */
type PortSchemaView = Static<typeof PortSchema>;
export const PORT_VIEW_MATCHES: [PortView extends PortSchemaView ? true : false, PortSchemaView extends PortView ? true : false] = [true, true];
export { presentPort };

export const PortEnvelope = Success(PortSchema, 'PortResponse', 'A port');
export const PortCountsEnvelope = Success(Counts, 'PortCountsResponse', 'Ports by status');
export const PortListEnvelope = Type.Object(
  { success: Type.Literal(true), data: Type.Array(PortSchema), pagination: Pagination },
  { title: 'PortListResponse', description: 'A page of ports, newest first' },
);

export const PortEventSchema = Type.Object(
  {
    id: NullableString({ description: 'The event this entry is (GET /v2/events/{id}); null only for entries written before the event feed existed' }),
    at: Type.String({ format: 'date-time' }),
    from: NullableString({ description: 'null for the submission' }),
    to: Type.Enum(PORT_STATUSES),
    carrier_status: Type.Enum(CARRIER_STATUSES),
    message: NullableString(),
    actor: Type.String({ description: 'customer:<account id>, carrier or desk:<account id>' }),
  },
  { title: 'PortHistoryEntry' },
);
export const PortEventsEnvelope = Success(Type.Array(PortEventSchema), 'PortHistoryResponse', 'The status history of a port, oldest first');

export const presentHistory = (e: HistoryEntry) => ({
  id: e.id ?? null,
  at: e.at,
  from: e.from,
  to: e.to,
  carrier_status: e.carrier_status as Port['carrier_status'],
  message: e.message,
  actor: e.actor,
});

/** Optional: a cancel without a body is a cancel without a reason. */
export const CancelPortBody = optionalBody(
  Type.Object(
    { reason: Type.Optional(Text(1, 500, 'Why the port is cancelled; shown in messages', 'Customer is staying with their carrier')) },
    { additionalProperties: false, title: 'CancelPortRequest', description: 'Optional: the reason for the cancellation' },
  ),
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
  { additionalProperties: false, minProperties: 1, title: 'CorrectPortRequest', description: 'The account details to correct (at least one)' },
);

/** The desk sees which account a port belongs to. */
export const DeskPortSchema = Type.Object({ ...PortSchema.properties, account_id: Type.String({ description: 'The account the port belongs to' }) }, { title: 'DeskPort' });
export type DeskPortView = Static<typeof DeskPortSchema>;
export const DeskPortEnvelope = Success(DeskPortSchema, 'DeskPortResponse', 'A port, with its account');
export const DeskPortListEnvelope = Type.Object(
  { success: Type.Literal(true), data: Type.Array(DeskPortSchema), pagination: Pagination },
  { title: 'DeskPortListResponse', description: 'A page of ports of every account, newest first' },
);

const AccountIdQuery = Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Only this account’s ports', examples: ['acc_3xYk2vQ9pLm0Rt7w'] }));
export const DeskListQuery = Type.Object({ ...ListPortsQuery.properties, account_id: AccountIdQuery }, { additionalProperties: false });
export const CarrierListEnvelope = Success(Type.Array(LosingCarrierSchema), 'CarrierListResponse', 'The losing carriers of the carrier directory');
export const DeskCountsQuery = Type.Object(
  { account_id: AccountIdQuery, losing_carrier: Type.Optional(LosingCarrierQuery('Only the ports whose losing carrier has this SPID')) },
  { additionalProperties: false },
);

export const DeskTransitionBody = Type.Object(
  {
    status: Type.Enum(PORT_STATUSES, { description: 'The status to move the port to' }),
    message: Type.Optional(Text(1, 1000, 'Shown to the customer in messages and the history', 'FOC confirmed by the losing carrier.')),
    foc_date: Type.Optional(
      Type.String({
        pattern: FOC_DATE_INPUT_PATTERN,
        description: 'With status authorized: the FOC date, a business day whose transfer window is still ahead (YYYY-MM-DD, or an ISO timestamp whose date in CALENDAR_TZ is meant)',
        examples: ['2026-12-01'],
      }),
    ),
    rejection_code: Type.Optional(Type.Enum(REJECTION_CODES, { description: 'Required with status failed' })),
  },
  { additionalProperties: false, title: 'DeskTransitionRequest', description: 'A move of a port by the porting desk' },
);

export const presentDeskPort = (p: Port): DeskPortView => ({ ...presentPort(p), account_id: p.account_id });
