/**
 * Requests by round trip, each a file name list: a round trip is what was asked for before any of
 * it had come back over the network (what is asked for later may have waited for it). A file from
 * the browser's cache (an earlier test's chunk) is back at once and ends no round trip. From
 * timings alone, so a busy machine can split a trip in two: `RoundTrips` below does not.
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

type Win = Window & typeof globalThis;

const resources = (win: Win) => win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];

/** A relative address in `import … from`, `import "…"` or `import(…)`. */
const SPECIFIER = /\b(?:import|from)\s*\(?\s*(["'`])(\.{1,2}\/[^"'`]+)\1/g;
/** Imports asked for together, as scripts/single-file.mjs has a chunk's own imports asked for with it. */
const TOGETHER = /Promise\.all\(\[([^\]]*)\]\)/g;

/** The groups of modules the module at `url` asks for at one go: each Promise.all, each other import. */
function asksAtOnce(code: string, url: string): string[][] {
  const named = (text: string) => [...text.matchAll(SPECIFIER)].map((m) => new URL(m[2]!, url).href);
  const together = [...code.matchAll(TOGETHER)].map((m) => named(m[1]!)).filter((group) => group.length);
  return [...together, ...named(code.replace(TOGETHER, '')).map((one) => [one])];
}

/**
 * The round trips a page in a frame takes from now, counted from what each request waited for
 * rather than from when it started: on a busy machine, files asked for together can start after
 * one of them has come back from this local server. What counts:
 * - a fetch() waited for every file the page held when it called fetch() (watched from now on);
 * - a module waited for the module that names it, and for whatever set off the group that module
 *   asks for it in: code here from the start (the single file) sets a group off at once if the
 *   group was asked for before the page could act on anything that had come back (`reacted`);
 *   later, one of the files back by then did.
 * A file is one round trip after the latest of what it waited for (the earliest, when several
 * modules could have asked for it), as on a first visit with nothing cached. Not seen: a module
 * that awaits one import before asking for the next, or a file asked for only once a fetch() has
 * answered, counts as asked for with them.
 */
export class RoundTrips {
  private readonly start: number;
  /** When the page had done what it does at once (`reacted`). */
  private reaction = -Infinity;
  /** Each address fetch() was called with, and the files the page held then. */
  private readonly fetches = new Map<string, string[]>();

  constructor(private readonly win: Win) {
    this.start = win.performance.now();
    const fetch = win.fetch;
    win.fetch = (input, init) => {
      const url =
        input instanceof win.Request ? input.url : new URL(String(input), win.document.baseURI).href;
      if (!this.fetches.has(url))
        this.fetches.set(
          url,
          resources(win).map((e) => e.name),
        );
      return fetch.call(win, input, init);
    };
  }

  /**
   * To be awaited at once after the change the page answers (an element added): what it asked for
   * by the end of its microtasks, it asked for before any answer could come (each comes in a task).
   */
  async reacted(): Promise<void> {
    for (let hop = 0; hop < 10; hop++) await null;
    this.reaction = this.win.performance.now();
  }

  /** The modules and fetches asked for so far, file names by round trip. */
  async trips(): Promise<string[][]> {
    const entries = new Map<string, PerformanceResourceTiming>();
    for (const e of resources(this.win)) if (!entries.has(e.name)) entries.set(e.name, e);
    const groups = new Map<string, string[][]>();
    await Promise.all(
      [...entries.keys()]
        .filter((url) => /\.js(\?|$)/.test(url))
        .map(async (url) => {
          const code = await (await fetch(url, { cache: 'force-cache' })).text();
          groups.set(url, asksAtOnce(code, url));
        }),
    );
    const fresh = [...entries.values()].filter(
      (e) => e.startTime >= this.start && (groups.has(e.name) || this.fetches.has(e.name)),
    );
    // Until then the page cannot have acted on anything of this test's.
    const atOnce = Math.max(this.reaction, Math.min(...fresh.map((e) => e.responseEnd)));
    const trip = new Map<string, number>(fresh.map((e) => [e.name, Infinity]));
    const tripOf = (name: string) => trip.get(name) ?? 0; // here from the start
    const fetchTrip = (had: string[]) =>
      1 + Math.max(0, ...had.filter((name) => groups.has(name) || this.fetches.has(name)).map(tripOf));
    const moduleTrip = (name: string) => {
      let best = Infinity;
      for (const [by, asked] of groups) {
        for (const group of asked) {
          if (!group.includes(name) || !group.every((file) => entries.has(file))) continue;
          const setOff = Math.min(
            ...group.filter((file) => trip.has(file)).map((f) => entries.get(f)!.startTime),
          );
          const back = fresh.filter((e) => e.responseEnd <= setOff);
          if (trip.has(by)) {
            if (entries.get(by)!.responseEnd <= setOff) best = Math.min(best, tripOf(by) + 1);
          } else
            best = Math.min(best, setOff <= atOnce ? 1 : 1 + Math.min(...back.map((e) => tripOf(e.name))));
        }
      }
      return best;
    };
    // Each pass can only lower a trip; they settle once nothing changes.
    for (let changed = true; changed;) {
      changed = false;
      for (const { name } of fresh) {
        const had = this.fetches.get(name);
        const next = had ? fetchTrip(had) : moduleTrip(name);
        if (next >= trip.get(name)!) continue;
        trip.set(name, next);
        changed = true;
      }
    }
    const trips: string[][] = [];
    for (const [name, n] of trip) {
      if (n === Infinity) throw new Error(`Nothing the page held asks for ${name}`);
      for (let i = trips.length; i < n; i++) trips.push([]);
      trips[n - 1]!.push(name.split('/').pop()!);
    }
    return trips;
  }
}
