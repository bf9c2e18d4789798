// Preloaded into a measured process (node --import): at exit, append its peak resident memory (kB)
// to the file the bench names, so a whole command's peak RSS is known without /usr/bin/time.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) appendFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
