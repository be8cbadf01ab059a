/**
 * Order figure: how long submitting an order of 1,000 numbers takes (one transaction: 1,000 ports
 * with their history, events and timers, the sub-orders by losing carrier, the order's counts and
 * events). In process on a fresh database, ORDER_REQUIREMENTS off; each round drafts an order of
 * 1,000 new numbers over many area codes (so several losing carriers) and times `submit` alone.
 */
import { performance } from 'node:perf_hooks';
import { createServices, type Services } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { benchAccount, benchDatabase, type BenchPostgres } from './in-process.ts';
import { benchPort, NumberPool } from './numbers.ts';

export const ORDER_TARGET_MS = 1000;
export const ORDER_SIZE = 1000;
export const orderScenario = (db: 'sqlite' | 'postgres'): string => `submit an order of ${ORDER_SIZE} numbers, ms (${db === 'postgres' ? 'PostgreSQL' : 'SQLite'})`;

export interface OrderResult {
  rounds: number;
  /** Each round's submit, in ms, in the order measured. */
  submitMs: number[];
  medianMs: number;
  maxMs: number;
  subOrders: number;
  problems: string[];
}

export async function measureOrders(opts: { rounds: number; postgres?: BenchPostgres }): Promise<OrderResult> {
  const database = benchDatabase('orders', opts.postgres, { ORDER_REQUIREMENTS: '' });
  let services: Services | undefined;
  try {
    services = await createServices(loadConfig(database.env));
    const principal = await benchAccount(services);
    const pool = new NumberPool(ORDER_SIZE * opts.rounds);
    const submitMs: number[] = [];
    const problems: string[] = [];
    let subOrders = 0;
    for (let round = 0; round < opts.rounds; round++) {
      const numbers = Array.from({ length: ORDER_SIZE }, (_, i) => pool.at(round * ORDER_SIZE + i));
      const { number: _first, ...details } = benchPort(numbers[0]!);
      const { order } = await services.orders.create(principal, { ...details, numbers });
      const start = performance.now();
      const submitted = await services.orders.submit(principal, order.id);
      submitMs.push(performance.now() - start);
      const ports = submitted.numbers.filter((n) => n.port_id !== null).length;
      if (submitted.status !== 'in_progress' || ports !== ORDER_SIZE) problems.push(`round ${round}: ${submitted.status} with ${ports} ports`);
      subOrders = submitted.sub_orders.length;
    }
    const sorted = [...submitMs].sort((a, b) => a - b);
    return { rounds: opts.rounds, submitMs, medianMs: sorted[Math.floor(sorted.length / 2)]!, maxMs: sorted.at(-1)!, subOrders, problems };
  } finally {
    await services?.close();
    database.remove();
  }
}

export const describeOrders = (r: OrderResult): string =>
  `${r.rounds} orders of ${ORDER_SIZE} numbers (${r.subOrders} sub-orders each): submit took ${r.submitMs.map((ms) => ms.toFixed(0)).join(', ')} ms`;
