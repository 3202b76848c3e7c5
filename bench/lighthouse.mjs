// Lighthouse 12 (mobile defaults) on one page: performance, accessibility, best practices, SEO.

/** The four category scores, the audits not passed, console errors and the main metrics. */
export async function lighthouseScores(url, executablePath, flags) {
  let lighthouseScores;
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: executablePath, chromeFlags: [...flags, '--headless=new'] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    lighthouseScores = Object.fromEntries(
      Object.entries(categories).map(([id, c]) => [id, Math.round(c.score * 100)]),
    );
    lighthouseScores.failedAudits = Object.values(audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    lighthouseScores.consoleErrors = (audits['errors-in-console']?.details?.items ?? []).map(
      (i) => `${i.source}: ${i.description}`,
    );
    lighthouseScores.metrics = Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, audits[id]?.displayValue]),
    );
  } finally {
    await chrome.kill();
  }
  return lighthouseScores;
}
