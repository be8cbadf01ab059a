import { Type } from 'typebox';
import { ORDER_STATUSES, MAX_ORDER_NUMBERS } from '../../domain/orders.ts';
import { PORT_STATUSES } from '../../domain/port-request.ts';
import { Counts, CursorPagination, LimitQuery, Nullable, NullableString, Success, Text } from './common.ts';
import { ActionRequiredQuery, AddressSchema, LosingCarrierQuery, LosingCarrierSchema, RequestedFocDate, SubmitPortBody } from './port.ts';

const Numbers = Type.Array(Type.String({ minLength: 1, maxLength: 32, examples: ['+14155551234'] }), {
  minItems: 1,
  maxItems: MAX_ORDER_NUMBERS,
  description: `The numbers to port together, E.164, distinct (1 to ${MAX_ORDER_NUMBERS})`,
  examples: [['+14155551234', '+12125551234']],
});

const details = {
  account_number: SubmitPortBody.properties.account_number,
  account_pin: SubmitPortBody.properties.account_pin,
  billing_phone: SubmitPortBody.properties.billing_phone,
  end_user_name: SubmitPortBody.properties.end_user_name,
  end_user_address: AddressSchema,
  carrier_name: SubmitPortBody.properties.carrier_name,
  requested_foc_date: Type.Optional(Nullable(RequestedFocDate)),
  customer_reference: SubmitPortBody.properties.customer_reference,
};

export const CreateOrderBody = Type.Object(
  { numbers: Numbers, ...details },
  { additionalProperties: false, title: 'CreateOrderRequest', description: 'A port order: many numbers with one set of account details' },
);

export const PatchOrderBody = Type.Object(
  {
    numbers: Type.Optional(Numbers),
    account_number: Type.Optional(details.account_number),
    account_pin: details.account_pin,
    billing_phone: Type.Optional(details.billing_phone),
    end_user_name: Type.Optional(details.end_user_name),
    end_user_address: Type.Optional(AddressSchema),
    carrier_name: details.carrier_name,
    requested_foc_date: details.requested_foc_date,
    customer_reference: details.customer_reference,
  },
  {
    additionalProperties: false,
    minProperties: 1,
    title: 'UpdateOrderRequest',
    description: 'While draft: any field. While action_required: the account details, which correct and resubmit every failed port.',
  },
);

export const CancelOrderBody = Type.Object(
  { reason: Type.Optional(Text(1, 500, 'Why the order is cancelled; shown in each port’s messages', 'The customer is staying')) },
  { additionalProperties: false, title: 'CancelOrderRequest', description: 'Optional: the reason for the cancellation' },
);

const OrderStatus = Type.Enum(ORDER_STATUSES, { description: 'draft, in_progress, action_required (a port failed), completed, cancelled' });

export const OrderSchema = Type.Object(
  {
    id: Type.String({ description: 'ord_ followed by 16 url-safe characters' }),
    status: OrderStatus,
    numbers: Type.Array(
      Type.Object(
        {
          number: Type.String(),
          port_id: NullableString({ description: 'The number’s port, once submitted' }),
          status: Type.Union([Type.Enum(PORT_STATUSES), Type.Null()], { description: 'The port’s status, once submitted' }),
          losing_carrier: LosingCarrierSchema,
        },
        { title: 'OrderNumber' },
      ),
    ),
    sub_orders: Type.Array(
      Type.Object(
        {
          id: Type.String({ description: 'sub_ followed by 16 url-safe characters' }),
          losing_carrier: LosingCarrierSchema,
          numbers: Type.Array(Type.String()),
          status: OrderStatus,
          foc_date: NullableString({ format: 'date', description: 'The FOC date the carrier gave all its ports' }),
        },
        { title: 'SubOrder', description: 'One request to one losing carrier, answered as a whole' },
      ),
    ),
    requested_foc_date: NullableString({ format: 'date' }),
    requirements: Type.Object(
      {
        loa: Type.Enum(['missing', 'signed', 'uploaded'] as const),
        invoice: Type.Enum(['missing', 'uploaded'] as const),
      },
      { title: 'OrderRequirements' },
    ),
    requirements_met: Type.Boolean({ description: 'Whether the documents ORDER_REQUIREMENTS asks for are there (submit is refused otherwise)' }),
    counts: Counts,
    account_number: Type.String({ description: 'Masked like a port’s' }),
    billing_phone: Type.String(),
    end_user_name: Type.String(),
    end_user_address: AddressSchema,
    carrier_name: NullableString(),
    customer_reference: NullableString(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    submitted_at: NullableString({ format: 'date-time' }),
    action_required: Type.Boolean({ description: 'The porting desk asked you to act (see the order’s comments); cleared when you comment or correct the order' }),
  },
  { title: 'PortOrder' },
);

export const OrderEnvelope = Success(OrderSchema, 'PortOrderResponse', 'A port order');
export const OrderListEnvelope = Type.Object(
  { success: Type.Literal(true), data: Type.Array(OrderSchema), pagination: CursorPagination },
  { title: 'PortOrderListResponse', description: 'Port orders, newest first' },
);

export const OrderIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The order id', examples: ['ord_9fQ2kLm0Rt7wXb3k'] }) });
export const SubOrderIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The sub-order id', examples: ['sub_Lm0Rt7wXb3k9fQ2k'] }) });

export const ListOrdersQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(ORDER_STATUSES, { description: 'Only orders in this status', examples: ['action_required'] })),
    action_required: Type.Optional(ActionRequiredQuery),
    requirements_met: Type.Optional(Type.Boolean({ description: 'false: only orders still missing a document ORDER_REQUIREMENTS asks for; true: only the others', examples: [false] })),
    ...LimitQuery,
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The last order id of the previous page (its next_cursor)', examples: ['ord_9fQ2kLm0Rt7wXb3k'] })),
  },
  { additionalProperties: false },
);

export const DeskListOrdersQuery = Type.Object(
  {
    ...ListOrdersQuery.properties,
    account_id: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Only this account’s orders', examples: ['acc_3xYk2vQ9pLm0Rt7w'] })),
    losing_carrier: Type.Optional(LosingCarrierQuery('Only the orders with a sub-order of the losing carrier of this SPID (submitted orders: a draft has no sub-orders yet)')),
  },
  { additionalProperties: false },
);

export const PortabilityBody = Type.Object(
  {
    numbers: Type.Array(Type.String({ maxLength: 64 }), { minItems: 1, maxItems: 1000, description: 'Up to 1,000 numbers, as you have them', examples: [['+14155551234', '(212) 555-1234']] }),
  },
  { additionalProperties: false, title: 'PortabilityCheckRequest', description: 'Numbers to check' },
);

export const PortabilityEnvelope = Success(
  Type.Array(
    Type.Object(
      {
        number: Type.String({ description: 'As given' }),
        e164: NullableString({ description: 'Its E.164 form, when it has one' }),
        portable: Type.Boolean(),
        reason: Type.Union(
          [Type.Enum(['invalid_number', 'not_e164', 'region_not_supported', 'number_type_not_portable', 'port_exists', 'already_in_service'] as const), Type.Null()],
          { description: 'Why not (null when portable)' },
        ),
        number_type: NullableString(),
        region: NullableString(),
        losing_carrier: Type.Union([LosingCarrierSchema, Type.Null()]),
      },
      { title: 'PortabilityResult' },
    ),
  ),
  'PortabilityCheckResponse',
  'One entry per number given, in order',
);

export const FocDatesEnvelope = Success(
  Type.Object(
    {
      earliest: Type.String({ format: 'date', description: 'The earliest FOC date of a submission made now' }),
      latest: Type.String({ format: 'date', description: 'The latest one that may be asked for (30 days out)' }),
      dates: Type.Array(Type.String({ format: 'date' }), { description: 'Every business day in between, the two included' }),
    },
    { title: 'FocDates' },
  ),
  'FocDatesResponse',
  'The FOC dates you may ask for now',
);

export const SubOrderMoveEnvelope = Success(
  Type.Object(
    { sub_order_id: Type.String(), moved: Type.Array(Type.String(), { description: 'The ports moved' }), order: OrderSchema },
    { title: 'SubOrderMove' },
  ),
  'SubOrderMoveResponse',
  'The ports that moved, and their order as it now stands',
);
