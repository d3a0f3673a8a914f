// Runs the aedes MQTT 3.1.1 broker in its own Node process on 127.0.0.1 (port from argv[2], 0 = any)
// and prints "LISTENING <port>" once it accepts connections. Used by aedes-broker.ts where the
// running code cannot import ESM (aedes 1.x is ESM-only; jest's CommonJS runtime cannot load it).
import { createServer } from 'node:net';
import { Aedes } from 'aedes';

const broker = await Aedes.createBroker();
const sockets = new Set();
const server = createServer((socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.setNoDelay(true);
  broker.handle(socket);
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
const stop = () => {
  for (const socket of sockets) socket.destroy();
  server.close();
  broker.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent went away: do not outlive it.
process.stdin.on('end', stop);
process.stdin.resume();
