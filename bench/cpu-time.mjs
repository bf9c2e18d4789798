// Preloaded into a measured process (node --import): at exit, append the CPU time it used (user +
// system, ms) to the file the bench names. On a shared, loaded machine wall time says more about
// the neighbours than about crisis; CPU time barely moves with them.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const { userCPUTime, systemCPUTime } = process.resourceUsage();
  if (process.env.BENCH_CPU_FILE)
    appendFileSync(process.env.BENCH_CPU_FILE, `${(userCPUTime + systemCPUTime) / 1000}\n`);
});
