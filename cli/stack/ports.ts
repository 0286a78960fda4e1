import { createServer } from 'node:net';

/** A stack that cannot start, with the one sentence an operator needs. */
export class StackStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StackStartError';
  }
}

export interface NamedPort {
  readonly port: number;
  /** The environment variable that moves it, named in the error. */
  readonly variable: string;
}

/**
 * Checks every port before anything starts, so a port in use stops the stack before a database
 * or subgraph is half-started. Port 0 (pick any) is always free.
 */
export async function assertPortsFree(ports: readonly NamedPort[], host: string): Promise<void> {
  for (const { port, variable } of ports) {
    if (port === 0) continue;
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, host, () => probe.close(() => resolve(true)));
    });
    if (!free) throw new StackStartError(`Port ${port} is already in use; stop what holds it or set ${variable} to another port.`);
  }
}
