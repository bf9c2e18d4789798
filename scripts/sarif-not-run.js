// The Action's SARIF when `crisis lint` could not run (exit 2: no plan found, a bad option), when
// it printed its reason on stderr and no SARIF. An empty file fails the upload step with a parse
// error that hides the reason; this valid SARIF 2.1.0 run, with no results, carries it instead as
// a tool execution notification, which code scanning shows on the analysis.
//   SARIF_ERROR="<what crisis said>" node scripts/sarif-not-run.js > crisis.sarif
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// crisis marks an error with ✖ for people; the notification's level already says it.
const reason = (process.env.SARIF_ERROR ?? '').replace(/^✖\s*/gm, '').trim() || 'crisis lint could not run.';

const sarif = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'crisis', version, rules: [] } },
      invocations: [
        {
          executionSuccessful: false,
          exitCode: 2,
          toolExecutionNotifications: [{ level: 'error', message: { text: reason } }],
        },
      ],
      results: [],
    },
  ],
};
process.stdout.write(`${JSON.stringify(sarif, null, 2)}\n`);
