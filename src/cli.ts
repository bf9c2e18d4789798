// The entry point. `crisis --version` answers before anything else is loaded, because
// scripts and CI call it often; every other command goes through cli/main.ts.
declare const __CRISIS_VERSION__: string;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${__CRISIS_VERSION__}\n`);
} else {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(argv, __CRISIS_VERSION__);
}
