import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that refuses connections, and goes on refusing them for the whole run.
 *
 * A port taken with `listen(0)` and closed again is refused only until the kernel hands it to the
 * next `listen(0)` — in a suite whose files run side by side, that can be another test's server
 * minutes later, and the "unreachable" site answers. So the port is chosen below the kernel's
 * ephemeral range, where no `listen(0)` and no outgoing connection ever lands, and above 20000,
 * clear of the ports browsers and `fetch` refuse to open at all (the highest is 10080), which would
 * fail for another reason.
 */
export async function closedPort(): Promise<number> {
  const lowestEphemeral = ephemeralRangeStart();
  const highest = Math.min(lowestEphemeral - 1, 30_999);
  const lowest = Math.max(20_000, highest - 10_000);
  for (let tries = 0; tries < 50; tries += 1) {
    const port = lowest + Math.floor(Math.random() * (highest - lowest));
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${lowest} and ${highest} on 127.0.0.1`);
}

function ephemeralRangeStart(): number {
  try {
    const [start] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (start && start > 21_000) return start;
  } catch {
    // Not Linux: the IANA dynamic range starts at 49152.
  }
  return 32_768;
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
