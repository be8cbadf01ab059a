/**
 * The scale bench's timing client, in a process of its own (plain Node.js, no loader): the bench's
 * own heap and garbage collections stay out of the measured tail. Reads one JSON spec on stdin —
 * {url, queries: [{name, headers, warmup: [path…], samples: [path…]}]} — asks each query's paths one
 * after another on one keep-alive connection (bodies read and dropped), and writes one JSON line:
 * [{name, p50Ms, p99Ms, failures: ["path answered status", …]}].
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const spec = JSON.parse(input);
const url = new URL(spec.url);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const get = (path, headers) =>
  new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const results = [];
for (const q of spec.queries) {
  for (const path of q.warmup) await get(path, q.headers);
  const times = [];
  const failures = [];
  for (const path of q.samples) {
    const s = performance.now();
    const status = await get(path, q.headers);
    times.push(performance.now() - s);
    if (status !== 200) failures.push(`${path} answered ${status}`);
  }
  times.sort((a, b) => a - b);
  results.push({ name: q.name, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), failures });
}
agent.destroy();
process.stdout.write(JSON.stringify(results) + '\n');
