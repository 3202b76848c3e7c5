// Leaks, shard 2 of 3: see test/support/leak-sweep.ts.
import { leakSweep } from './support/leak-sweep.js';

await leakSweep(1, 3);
