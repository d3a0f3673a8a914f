/**
 * The suite's HTTP/1.1 file server for pull delivery over HTTP (Object 5 /5/x/8 value 2), on
 * node:http on loopback: serves images whole, or sends half of one and then destroys the connection
 * ("connection lost during download", ETS int-775). Each request and how it ended goes into the
 * evidence transcript.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EvidenceSink } from './transcript-recorder';

interface Published {
  image: Buffer;
  cutHalfway: boolean;
}

export class FirmwareHttpServer {
  private readonly files = new Map<string, Published>();

  private constructor(
    private readonly server: Server,
    private readonly evidence: EvidenceSink,
  ) {
    server.on('request', (req, res) => {
      const file = req.method === 'GET' ? this.files.get(req.url ?? '') : undefined;
      const note = (what: string) => this.evidence.line('transcript', `${this.evidence.stamp()} HTTP image server: ${req.method} ${req.url} → ${what}`);
      if (!file) {
        note('404');
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': file.image.length });
      if (!file.cutHalfway) {
        note(`200, ${file.image.length} bytes`);
        res.end(file.image);
        return;
      }
      note(`200, connection destroyed after ${file.image.length >> 1} of ${file.image.length} bytes`);
      res.write(file.image.subarray(0, file.image.length >> 1), () => setTimeout(() => req.socket.destroy(), 20));
    });
  }

  static async start(evidence: EvidenceSink): Promise<FirmwareHttpServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return new FirmwareHttpServer(server, evidence);
  }

  publish(path: string, image: Buffer, cutHalfway = false): string {
    this.files.set(path, { image, cutHalfway });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
