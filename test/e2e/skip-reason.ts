// A test that needs a program the machine may lack is skipped, never silently: its suite's name
// says why, and test/summary-reporter.ts lists each such suite at the end of the run.

/** Appended to a suite's name when `missing` is set: what is missing and how to have it run. */
export function skipReason(missing: string | false): string {
  return missing
    ? ` [skipped: ${missing} not found; install it (or set CHROME_PATH), CRISIS_REQUIRE_CHROMIUM=1 makes this a failure]`
    : '';
}
