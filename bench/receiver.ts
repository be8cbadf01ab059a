/**
 * A webhook receiver for the benchmark, as a child process (so it does not share the service's
 * event loop): answers 200 at once to every POST and counts them; GET /count tells how many.
 * `PORT=<port> node --import tsx bench/receiver.ts`
 */
import { createServer } from 'node:http';

let count = 0;
const server = createServer((req, res) => {
  if (req.method === 'GET') return res.end(String(count));
  req.resume();
  req.on('end', () => {
    count++;
    res.writeHead(200).end();
  });
});
server.keepAliveTimeout = 10_000;
server.listen(Number(process.env['PORT']), '127.0.0.1', () => process.stdout.write('listening\n'));
