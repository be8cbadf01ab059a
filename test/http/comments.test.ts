/**
 * Comments (contract/orders-documents.md "Comments"): customer and desk, public and internal,
 * action_required and its filter, the comment events; and every path by which an internal comment
 * could reach a customer, each tried: the comment endpoints, the port and order (single and listed),
 * the port's history, the event feed (paged, filtered, by id), and the webhooks.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { call, createTestApp, MONDAY, readFeedUntil, VALID_PORT, type TestApp } from '../helpers/app.ts';
import { startReceiver, type Receiver } from '../helpers/receiver.ts';
import { runUntilIdle } from '../helpers/workflow.ts';

const DETAILS = {
  account_number: 'ACC-1001',
  billing_phone: '+14155551234',
  end_user_name: 'Acme Dental',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
};
/** What the desk says internally: no customer may ever read it. */
const SECRET = 'INTERNAL: carrier rep says the account is flagged for fraud review';

describe('comments', () => {
  let t: TestApp;
  let rx: Receiver;
  let n = 0;
  const number = () => `+1415555${String(5000 + n++).padStart(4, '0')}`;
  before(async () => {
    t = await createTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true', ORDER_REQUIREMENTS: '' } });
    rx = await startReceiver();
  });
  after(async () => {
    await rx.close();
    await t.close();
  });

  const port = async (key = t.alice.key) => (await call(t.app, 'POST', '/v2/ports', { key, body: { ...VALID_PORT, number: number() } })).body.data as { id: string };
  const order = async (key = t.alice.key) => (await call(t.app, 'POST', '/v2/port_orders', { key, body: { numbers: [number(), number()], ...DETAILS } })).body.data as { id: string };
  const comment = (path: string, body: Record<string, unknown>, key = t.alice.key) => call(t.app, 'POST', `${path}/comments`, { key, body });
  const deskComment = (path: string, body: Record<string, unknown>) => call(t.app, 'POST', `${path.replace('/v2/', '/v2/admin/')}/comments`, { key: t.admin.key, body });
  async function deliverAll(): Promise<void> {
    for (let i = 0; i < 50 && (await t.services.deliveries.tick()) > 0; i++);
  }

  it('customer and desk comment in turn; the customer reads the public ones oldest first, the desk all of them', async () => {
    t.clock.set(MONDAY);
    const p = await port();
    const path = `/v2/ports/${p.id}`;
    const mine = await comment(path, { body: 'Is the FOC date on track?' });
    assert.equal(mine.status, 201, mine.raw);
    assert.match(mine.body.data.id, /^cmt_[A-Za-z0-9_-]{16}$/);
    assert.deepEqual({ ...mine.body.data, id: undefined }, { id: undefined, body: 'Is the FOC date on track?', author: { kind: 'customer', name: 'alice' }, visibility: 'public', action_required: false, created_at: MONDAY });
    const reply = await deskComment(path, { body: 'Yes: the carrier confirmed it.' });
    assert.deepEqual({ ...reply.body.data, id: undefined }, { id: undefined, body: 'Yes: the carrier confirmed it.', author: { kind: 'desk', name: 'desk' }, visibility: 'public', action_required: false, created_at: MONDAY });
    const note = await deskComment(path, { body: SECRET, visibility: 'internal' });
    assert.equal(note.body.data.visibility, 'internal');
    const last = await comment(path, { body: 'Thanks!' });

    const customer = await call(t.app, 'GET', `${path}/comments`, { key: t.alice.key });
    assert.deepEqual(customer.body.data.map((c: { id: string }) => c.id), [mine.body.data.id, reply.body.data.id, last.body.data.id]);
    const desk = await call(t.app, 'GET', `/v2/admin/ports/${p.id}/comments`, { key: t.admin.key });
    assert.deepEqual(desk.body.data.map((c: { id: string }) => c.id), [mine.body.data.id, reply.body.data.id, note.body.data.id, last.body.data.id]);
  });

  it('a public desk comment asking for action flags the port until the customer comments or corrects it; ?action_required=true finds it', async () => {
    const p = await port();
    const q = await port();
    const flagged = async (id: string) => (await call(t.app, 'GET', `/v2/ports/${id}`, { key: t.alice.key })).body.data.action_required;
    const listed = async () => (await call(t.app, 'GET', '/v2/ports?action_required=true', { key: t.alice.key })).body;
    assert.deepEqual((await listed()).data, []);
    // An internal comment cannot ask the customer anything.
    const refused = await deskComment(`/v2/ports/${p.id}`, { body: 'x', visibility: 'internal', action_required: true });
    assert.deepEqual([refused.status, refused.body.error.code, refused.body.error.details[0].field], [400, 'validation_failed', 'action_required']);

    const ask = await deskComment(`/v2/ports/${p.id}`, { body: 'Please send the account PIN of the current carrier.', action_required: true });
    assert.equal(ask.body.data.action_required, true);
    await deskComment(`/v2/ports/${q.id}`, { body: 'Please confirm the service address.', action_required: true });
    assert.equal(await flagged(p.id), true);
    const page = await listed();
    assert.deepEqual(page.data.map((x: { id: string }) => x.id).sort(), [p.id, q.id].sort());
    assert.equal(page.pagination.total, 2);
    const rest = await call(t.app, 'GET', '/v2/ports?action_required=false&limit=100', { key: t.alice.key });
    assert.ok(!rest.body.data.some((x: { id: string }) => x.id === p.id || x.id === q.id));
    assert.equal(rest.body.pagination.total, rest.body.data.length);
    assert.deepEqual((await call(t.app, 'GET', `/v2/admin/ports?action_required=true&account_id=${t.alice.accountId}`, { key: t.admin.key })).body.data.map((x: { id: string }) => x.id).sort(), [p.id, q.id].sort());
    assert.deepEqual((await call(t.app, 'GET', '/v2/ports?action_required=true', { key: t.bob.key })).body.data, [], 'another account sees none of it');

    // The customer answers one with a comment, the other with a correction.
    await comment(`/v2/ports/${p.id}`, { body: 'PIN is on its way by phone.' });
    assert.equal(await flagged(p.id), false);
    assert.equal((await call(t.app, 'PATCH', `/v2/ports/${q.id}`, { key: t.alice.key, body: { end_user_address: { ...VALID_PORT.end_user_address, street: '125 Main St' } } })).status, 200);
    assert.equal(await flagged(q.id), false);
    assert.deepEqual((await listed()).data, []);
  });

  it('flags an order the same way; a correction of the draft clears it', async () => {
    const o = await order();
    await deskComment(`/v2/port_orders/${o.id}`, { body: 'The bill you sent is two years old; please send a recent one.', action_required: true });
    const get = async () => (await call(t.app, 'GET', `/v2/port_orders/${o.id}`, { key: t.alice.key })).body.data;
    assert.equal((await get()).action_required, true);
    assert.deepEqual((await call(t.app, 'GET', '/v2/port_orders?action_required=true', { key: t.alice.key })).body.data.map((x: { id: string }) => x.id), [o.id]);
    assert.deepEqual((await call(t.app, 'GET', '/v2/admin/port_orders?action_required=true', { key: t.admin.key })).body.data.map((x: { id: string }) => x.id), [o.id]);
    assert.equal((await call(t.app, 'PATCH', `/v2/port_orders/${o.id}`, { key: t.alice.key, body: { account_number: 'ACC-1002' } })).status, 200);
    assert.equal((await get()).action_required, false);
    assert.deepEqual((await call(t.app, 'GET', '/v2/port_orders?action_required=true', { key: t.alice.key })).body.data, []);
  });

  it('public comments are events and webhooks (port.comment_created, order.comment_created); internal ones reach the customer by no path', async () => {
    const endpoint = (await call(t.app, 'POST', '/v2/webhooks', { key: t.alice.key, body: { url: rx.url, events: ['*'] } })).body.data as { id: string; secret: string };
    const p = await port();
    const o = await order();
    const submitted = await call(t.app, 'POST', `/v2/port_orders/${o.id}/submit`, { key: t.alice.key });
    assert.equal(submitted.status, 200, submitted.raw);
    const orderPort = (await call(t.app, 'GET', `/v2/ports?order_id=${o.id}`, { key: t.alice.key })).body.data[0] as { id: string };

    const publicPort = (await deskComment(`/v2/ports/${p.id}`, { body: 'Carrier asked for the PIN.', action_required: true })).body.data;
    const publicOrder = (await deskComment(`/v2/port_orders/${o.id}`, { body: 'Sub-order sent to Cascade Voice.' })).body.data;
    for (const path of [`/v2/ports/${p.id}`, `/v2/port_orders/${o.id}`, `/v2/ports/${orderPort.id}`]) {
      const r = await deskComment(path, { body: SECRET, visibility: 'internal' });
      assert.equal(r.status, 201, r.raw);
    }
    await runUntilIdle(t); // the ports complete: comments are allowed in every status
    const late = await deskComment(`/v2/ports/${orderPort.id}`, { body: `${SECRET} (after completion)`, visibility: 'internal' });
    assert.equal(late.status, 201);
    assert.equal((await comment(`/v2/ports/${orderPort.id}`, { body: 'Works, thanks.' })).status, 201);
    await deliverAll();

    // The events: the public comments, as the contract shapes them; never the internal ones.
    const feed = await readFeedUntil(t.app, t.alice.key, '?limit=100', (d) => d.some((e) => e.type === 'order.comment_created' && e.data.comment.id === publicOrder.id));
    const portEvent = feed.find((e) => e.type === 'port.comment_created' && e.data.comment.id === publicPort.id);
    assert.deepEqual(portEvent.data, { port_id: p.id, comment: publicPort });
    const orderEvent = feed.find((e) => e.type === 'order.comment_created' && e.data.comment.id === publicOrder.id);
    assert.deepEqual(Object.keys(orderEvent.data), ['order_id', 'order', 'comment']);
    assert.deepEqual([orderEvent.data.order_id, orderEvent.data.order.id, orderEvent.data.comment], [o.id, o.id, publicOrder]);
    const byType = await call(t.app, 'GET', `/v2/events?type=port.comment_created&port_id=${p.id}`, { key: t.alice.key });
    assert.deepEqual(byType.body.data.map((e: { id: string }) => e.id), [portEvent.id]);
    assert.deepEqual((await call(t.app, 'GET', `/v2/events/${portEvent.id}`, { key: t.alice.key })).body.data, portEvent);

    // Webhooks: the public ones arrive, signed; nothing internal is ever sent.
    const wh = new Webhook(endpoint.secret);
    const delivered = rx.received.map((r) => wh.verify(r.body, r.headers as Record<string, string>) as { type: string; data: { comment?: { id: string } } });
    assert.ok(delivered.some((e) => e.type === 'port.comment_created' && e.data.comment?.id === publicPort.id));
    assert.ok(delivered.some((e) => e.type === 'order.comment_created' && e.data.comment?.id === publicOrder.id));

    // Every path, read as the customer: not a trace of the internal comments.
    const customerReads = [
      `/v2/ports/${p.id}/comments`,
      `/v2/port_orders/${o.id}/comments`,
      `/v2/ports/${orderPort.id}/comments`,
      `/v2/ports/${p.id}`,
      `/v2/ports/${orderPort.id}`,
      `/v2/port_orders/${o.id}`,
      `/v2/ports?limit=100`,
      `/v2/ports?action_required=true`,
      `/v2/ports?order_id=${o.id}`,
      `/v2/port_orders?limit=100`,
      `/v2/ports/${p.id}/events`,
      `/v2/ports/${orderPort.id}/events`,
      `/v2/events?limit=100`,
      `/v2/events?type=port.comment_created`,
      `/v2/events?type=order.comment_created`,
      `/v2/events?port_id=${orderPort.id}`,
      ...feed.map((e) => `/v2/events/${e.id}`),
      `/v2/webhooks/${endpoint.id}/deliveries?limit=100`,
    ];
    for (const url of customerReads) {
      const res = await call(t.app, 'GET', url, { key: t.alice.key });
      assert.equal(res.status, 200, url);
      assert.ok(!res.raw.includes('INTERNAL'), `${url} shows an internal comment`);
    }
    assert.ok(!rx.received.some((r) => r.body.includes('INTERNAL')), 'no webhook carried an internal comment');
    // In the database itself: no event, hence no delivery, was ever written for them.
    const leaked = await t.database.db.selectFrom('events').select('id').where('data', 'like', '%INTERNAL%').execute();
    assert.deepEqual(leaked, []);
    // The customer's comment lists hold the public ones only; the desk's, all.
    assert.deepEqual((await call(t.app, 'GET', `/v2/ports/${orderPort.id}/comments`, { key: t.alice.key })).body.data.map((c: { body: string }) => c.body), ['Works, thanks.']);
    assert.equal((await call(t.app, 'GET', `/v2/admin/ports/${orderPort.id}/comments`, { key: t.admin.key })).body.data.length, 3);
    // An internal note raises no flag.
    assert.equal((await call(t.app, 'GET', `/v2/port_orders/${o.id}`, { key: t.alice.key })).body.data.action_required, false);
  });

  it("another account's ports and orders answer like missing ones on the comment routes; bodies are checked", async () => {
    const p = await port();
    const o = await order();
    for (const path of [`/v2/ports/${p.id}`, `/v2/port_orders/${o.id}`]) {
      const read = await call(t.app, 'GET', `${path}/comments`, { key: t.bob.key });
      const write = await comment(path, { body: 'hello' }, t.bob.key);
      assert.deepEqual([read.status, write.status], [404, 404], path);
      assert.equal((await call(t.app, 'GET', `${path.replace('/v2/', '/v2/admin/')}/comments`, { key: t.alice.key })).status, 403);
    }
    assert.equal((await call(t.app, 'GET', `/v2/admin/ports/port_doesNotExist000000/comments`, { key: t.admin.key })).status, 404);
    for (const body of [{ body: '' }, { body: ' ' }, { body: 'x'.repeat(5001) }, { body: 'a\u202eb' }, {}, { body: 'ok', visibility: 'internal' }]) {
      const res = await comment(`/v2/ports/${p.id}`, body);
      assert.deepEqual([res.status, res.body.error.code], [400, 'validation_failed'], JSON.stringify(body).slice(0, 60));
    }
    assert.equal((await comment(`/v2/ports/${p.id}`, { body: 'x'.repeat(5000) })).status, 201);
    assert.deepEqual((await call(t.app, 'GET', `/v2/ports/${p.id}/comments`, { key: t.alice.key })).body.data.length, 1);
  });
});
