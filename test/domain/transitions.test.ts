import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PORT_STATUSES, type PortStatus } from '../../src/domain/port-request.ts';
import { assertTransition, canTransition, carrierStatusFor } from '../../src/domain/transitions.ts';
import { ServiceError } from '../../src/domain/errors.ts';

/** CONTRACT.md "Statuses": the allowed moves, written out independently of the implementation's table. */
const ALLOWED = new Set([
  'pending>authorized',
  'pending>failed',
  'pending>cancelled',
  'authorized>in_progress',
  'authorized>failed',
  'authorized>cancelled',
  'in_progress>completed',
  'in_progress>failed',
  'failed>pending',
]);

describe('the state machine', () => {
  for (const from of PORT_STATUSES) {
    for (const to of PORT_STATUSES) {
      const allowed = ALLOWED.has(`${from}>${to}`);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        assert.equal(canTransition(from, to), allowed);
        if (allowed) assert.doesNotThrow(() => assertTransition(from, to));
        else
          assert.throws(
            () => assertTransition(from, to),
            (e: ServiceError) => e.code === 'invalid_transition' && e.message === `A port cannot move from ${from} to ${to}`,
          );
      });
    }
  }

  it('completed and cancelled are final', () => {
    for (const final of ['completed', 'cancelled'] as PortStatus[]) {
      assert.deepEqual(PORT_STATUSES.filter((to) => canTransition(final, to)), []);
    }
  });

  it('maps each status to its carrier status', () => {
    assert.deepEqual(
      PORT_STATUSES.map((s) => carrierStatusFor(s)),
      ['pending_transfer', 'foc_received', 'transfer_in_progress', 'ported', 'rejected', 'cancelled'],
    );
    assert.equal(carrierStatusFor('failed', 'in_progress'), 'transfer_failed');
    assert.equal(carrierStatusFor('failed', 'authorized'), 'rejected');
  });
});
