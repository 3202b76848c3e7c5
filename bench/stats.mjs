// Statistics for the benchmark: medians with distribution-free intervals, ratios with a seeded
// bootstrap (the same seed every run, so a re-run on the same samples prints the same interval).

export const sorted = (xs) => [...xs].sort((a, b) => a - b);

export const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** [x(k), x(n-k+1)] with the largest k such that P(Binomial(n, 1/2) <= k-1) <= 2.5%; [min, max] for few runs. */
export function medianInterval(xs) {
  const s = sorted(xs);
  const n = s.length;
  const choose = (k) => {
    let c = 1;
    for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
    return c;
  };
  let k = 0;
  let cdf = 0;
  while (cdf + choose(k) / 2 ** n <= 0.025) cdf += choose(k++) / 2 ** n;
  k = Math.max(k, 1);
  return [s[k - 1], s[n - k]];
}

/** 95% bootstrap interval of median(a) / median(b). */
export function ratioInterval(a, b, resamples = 4000) {
  let seed = 0x9e3779b9;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const ratios = sorted(Array.from({ length: resamples }, () => median(resample(a)) / median(resample(b))));
  return [ratios[Math.floor(resamples * 0.025)], ratios[Math.floor(resamples * 0.975)]];
}

export const round = (x, digits = 1) => Number(x.toFixed(digits));

/** Median, its 95% interval, the range and every sample, rounded for the report. */
export function summary(xs, digits = 1) {
  const [low, high] = medianInterval(xs);
  const s = sorted(xs);
  return {
    median: round(median(xs), digits),
    ci95: [round(low, digits), round(high, digits)],
    range: [round(s[0], digits), round(s.at(-1), digits)],
    runs: xs.map((x) => round(x, digits)),
  };
}
