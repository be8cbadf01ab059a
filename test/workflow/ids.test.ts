import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { newEventId, newOrderedId, newPortId, sortableId } from '../../src/workflow/ids.ts';

test('ids are a prefix and 16 url-safe characters', () => {
  for (const [id, prefix] of [
    [newPortId(), 'port_'],
    [newEventId(), 'evt_'],
    [newOrderedId('cmt_'), 'cmt_'],
  ] as const) {
    assert.ok(id.startsWith(prefix), id);
    assert.match(id.slice(prefix.length), /^[A-Za-z0-9_-]{16}$/);
  }
});

test('a time-ordered id sorts (as bytes, as the databases compare ids) in the order of its time', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), fc.integer({ min: 0, max: 2 ** 48 - 1 }), (a, b) => {
      fc.pre(a !== b);
      const [x, y] = [sortableId('port_', a), sortableId('port_', b)];
      assert.equal(x < y, a < b, `${a} ${x} / ${b} ${y}`);
    }),
  );
});

test('ids made in the same millisecond differ (48 random bits)', () => {
  const ids = new Set(Array.from({ length: 10_000 }, () => sortableId('port_', 1_764_000_000_000)));
  assert.equal(ids.size, 10_000);
});

test('a port id made later sorts after one made earlier (the ports table grows at its end)', async () => {
  const first = newPortId();
  await new Promise((r) => setTimeout(r, 2));
  assert.ok(newPortId() > first);
});
