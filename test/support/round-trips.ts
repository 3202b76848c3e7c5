/**
 * Requests by round trip, each a file name list: a round trip is what was asked for before any of
 * it had come back over the network (what is asked for later may have waited for it). A file from
 * the browser's cache (an earlier test's chunk) is back at once and ends no round trip.
 */
export function roundTrips(entries: PerformanceResourceTiming[]): string[][] {
  const trips: string[][] = [];
  for (let rest = entries; rest.length;) {
    const firstBack = Math.min(...rest.filter((e) => e.transferSize > 0).map((e) => e.responseEnd));
    trips.push(rest.filter((e) => e.startTime <= firstBack).map((e) => e.name.split('/').pop()!));
    rest = rest.filter((e) => e.startTime > firstBack);
  }
  return trips;
}
