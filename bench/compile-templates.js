// What compiling the shipped templates at run time costs a `crisis report` or `crisis statement`:
// Handlebars' parse and compile of one template in a fresh process (the
// compiler is cold there, as in a real run); CPU time beside wall time, which a loaded machine inflates. Usage: node bench/compile-templates.js [runs]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TEMPLATES = ['report.md', 'report.html', 'statement.html'];
const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv[2] === '--child') {
  const { default: Handlebars } = await import('handlebars');
  // One template per process, as a run compiles one: the compiler is cold for each.
  const times = [process.argv[3]].map((name) => {
    const text = readFileSync(`${root}templates/${name}.hbs`, 'utf8');
    const start = performance.now();
    const cpu = process.cpuUsage();
    const render = Handlebars.create().compile(text, { strict: true, knownHelpersOnly: true });
    try {
      render({}); // strict: fails at the first field, after the compiler has run
    } catch {
      // the compile is what is measured
    }
    const used = process.cpuUsage(cpu);
    return [performance.now() - start, (used.user + used.system) / 1000];
  });
  console.log(JSON.stringify(times));
} else {
  const runs = Number(process.argv[2] ?? 7);
  const samples = TEMPLATES.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < runs; i += 1) {
    for (const [index, name] of TEMPLATES.entries()) {
      const out = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name], { encoding: 'utf8' });
      const [[wall, cpu]] = JSON.parse(out.stdout);
      samples[index].wall.push(wall);
      samples[index].cpu.push(cpu);
    }
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`node ${process.version}, median of ${runs} fresh processes, budget 50 ms each`);
  for (const [index, name] of TEMPLATES.entries()) {
    const { wall, cpu } = samples[index];
    const [w, c] = [median(wall), median(cpu)];
    console.log(
      `compile ${name}.hbs`.padEnd(30),
      `${w.toFixed(1).padStart(6)} ms wall`,
      `${c.toFixed(1).padStart(6)} ms CPU`,
    );
  }
}
