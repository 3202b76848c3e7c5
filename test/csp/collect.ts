/**
 * Loaded first, as a classic script, by the pages in test/csp/: records every Content-Security-Policy
 * violation and uncaught error for test/csp.test.ts to read from the iframe's window.
 */
interface CspRecord {
  violations: string[];
  errors: string[];
}
const record: CspRecord = { violations: [], errors: [] };
(window as unknown as { __csp: CspRecord }).__csp = record;
document.addEventListener('securitypolicyviolation', (event) => {
  record.violations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
  );
});
window.addEventListener('error', (event) => record.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) =>
  record.errors.push(`unhandled rejection: ${String(event.reason)}`),
);
