import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

// V8 doubles its young generation whenever more has survived its scavenges since it last grew than
// the young generation holds, up to two semi-spaces of 16 MB on Node 20. Reading a feed keeps its
// whole parse tree alive for a while (fast-xml-parser's nodes, then feedsmith's objects), so some
// 0.4 MB survives each scavenge whatever crisis keeps: a poll of 50 feeds of 100 items crossed that
// line near its end and stayed 16 MB bigger for the last few feeds, 107-110 MB of a 100 MB budget
// (bench/budgets.js). With the growth stopped at 8 MB a semi-space, the same poll peaks near 91 MB
// in about the same time. The flag is read when V8 next grows the space.
const SEMI_SPACES = 2 * 8 * 1024 * 1024;
/**
 * A V8 flag, which a later V8 may rename: V8 would then print "unrecognized flag" on stderr, so a
 * test runs each supported Node with it and fails first.
 */
export const NO_GROWTH = '--semi-space-growth-factor=1';
let stopped = false;

/** Once the young generation holds two semi-spaces of 8 MB, it grows no more for this process. */
export function stopYoungGrowth(): void {
  if (stopped) return;
  const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (young === undefined || young.space_size < SEMI_SPACES) return;
  setFlagsFromString(NO_GROWTH);
  stopped = true;
}
