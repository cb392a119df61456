/** The raw loop as a peer process (see raw-loop.ts). */
import { printReport, readPeerInput } from './peer-protocol.js';
import { rawLoop } from './raw-loop.js';

printReport(await rawLoop(readPeerInput()));
