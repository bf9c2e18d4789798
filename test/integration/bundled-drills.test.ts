import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// The drill scripts shipped beside each example plan (playbooks/<plan>/drills/): each runs as its
// header says, from the plan's folder, and its report has the comment section in the plan's
// language, every state of the queue in it: answered in public and in private, reviewed, hidden,
// blocked after an answer, still waiting. In this process, through main(), in the plan's language:
// test/e2e/cli.test.ts runs a drill and lints playbooks/ with the built binary.
const asUser = { CRISIS_LANG: undefined };

const SECTIONS = {
  'en-northside-bakery': `## Comments

- Received: 6
- Answered in public: 2
- Answered in private: 1
- Reviewed: 1 (spam: 1)
- Hidden by the platform: 1 (Instagram hid it as abusive: 1)
- Blocked: 1 (Kept insulting the staff after our apology and offer: 1)
- **Still waiting: 1**
- Coverage (answered or reviewed, of received): 67%
- Time to answer: median 4 min, 90th percentile 5 min
`,
  'es-optica-miravista': `## Comentarios

- Recibidos: 5
- Respondidos en público: 1
- Respondidos en privado: 1
- Revisados: 1 (spam: 1)
- Ocultados por la plataforma: 1 (Facebook lo ocultó por lenguaje ofensivo: 1)
- Bloqueados: 1 (Insultos al equipo tras la disculpa y la solución: 1)
- **Aún pendientes: 1**
- Cobertura (respondidos o revisados, de los recibidos): 60 %
- Tiempo hasta responder: mediana 6 min, percentil 90 7 min
`,
} as const;

describe.each(Object.entries(SECTIONS))('the bundled drill of %s', (plan, section) => {
  const drills = readdirSync(join(root, 'playbooks', plan, 'drills')).filter((name) => name.endsWith('.yaml'));

  it('runs from the plan’s folder, and its report shows the comment queue in the plan’s language', async () => {
    expect(drills).toHaveLength(1);
    const dir = tempDir();
    cpSync(join(root, 'playbooks', plan), dir, { recursive: true });
    const run = await crisis(['escalate', '--script', `drills/${drills[0]}`], { cwd: dir, env: asUser });
    // An example runs clean: no error, and no step left undone or interrupted (a warning).
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    const report = await crisis(['report'], { cwd: dir, env: asUser });
    expect(report.status).toBe(0);
    const md = report.stdout.replace(/\u202f|\u00a0/g, ' ');
    const start = md.indexOf(section.split('\n')[0]!);
    expect(start).toBeGreaterThan(0);
    expect(md.slice(start, md.indexOf('\n## ', start))).toBe(section);

    // One comment answered in public, then its author blocked: counted as both.
    const json = JSON.parse((await crisis(['report', '--format', 'json'], { cwd: dir, env: asUser })).stdout);
    expect(json.comments.blocked.count).toBe(1);
    expect(json.comments.answeredPublic).toBeGreaterThanOrEqual(1);
    for (const state of ['reviewed', 'hidden']) expect(json.comments[state].count).toBe(1);
    expect(json.comments.answeredPrivate).toBe(1);
    expect(json.comments.waiting).toBe(1);

    // Its comments came from the script, and the listing says so, not that someone added them by hand.
    const listing = await crisis(['comments', '--incident', json.incident.id], { cwd: dir, env: asUser });
    expect(listing.stdout).toMatch(/added by the drill|añadido por el simulacro/);
    expect(listing.stdout).not.toMatch(/added by hand|añadido a mano/);

    // crisis lint, here as in the repository, reads the plan and leaves its drills alone.
    expect(await crisis(['lint'], { cwd: dir, env: asUser })).toMatchObject({ status: 0 });
  });
});

it('crisis lint playbooks/ checks the two plans, not their drill scripts', async () => {
  const run = await crisis(['lint', 'playbooks/', '--format', 'json']);
  expect(run.status).toBe(0);
  const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((file) => file.filePath);
  expect(files.map((file) => file.slice(file.indexOf('playbooks/')))).toEqual([
    'playbooks/en-northside-bakery/crisis.yaml',
    'playbooks/es-optica-miravista/crisis.yaml',
  ]);
});
