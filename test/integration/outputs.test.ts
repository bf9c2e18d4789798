import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

// No output option may write over what crisis reads or keeps: the plan, a template, a journal or
// its lock. Each is tried as it is named, through a symbolic link, and spelled `./a/../`; each is
// refused in one line with exit 2, and the file keeps every byte.
const ID = '20261122-2010-abcd';
const SCRIPT = readFileSync(join(root, 'test/fixtures/scripts/crisis-miravista.yaml'), 'utf8');
const LOCK = JSON.stringify({ pid: 999_999_999, host: 'elsewhere', since: '2026-11-22T20:10:00.000Z' });

function plan(): string {
  const dir = tempDir();
  cpSync(join(root, 'playbooks/es-optica-miravista'), dir, { recursive: true });
  mkdirSync(join(dir, 'incidents'));
  cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), join(dir, 'incidents', `${ID}.jsonl`));
  writeFileSync(join(dir, 'incidents', `${ID}.jsonl.lock`), LOCK);
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'drills'), { recursive: true });
  return dir;
}

const TARGETS: Record<string, { file: string; says: RegExp }> = {
  'the plan': { file: 'crisis.yaml', says: /it is the playbook crisis\.yaml\. Name another file\.$/ },
  'a template': {
    file: 'templates/comunicado.hbs',
    says: /it is the template templates\/comunicado\.hbs, which this command reads\./,
  },
  'the journal': { file: `incidents/${ID}.jsonl`, says: /it is in the incidents folder incidents, which holds/ },
  'a lock': { file: `incidents/${ID}.jsonl.lock`, says: /it is in the incidents folder incidents, which holds/ },
};

// How the target is named: as it is, through a link beside the plan, or with a detour through a/.
const SPELLINGS: Record<string, (dir: string, file: string) => string> = {
  'as it is': (_, file) => file,
  'through a link': (dir, file) => {
    symlinkSync(join(dir, file), join(dir, 'out.link'));
    return 'out.link';
  },
  'spelled ./a/../': (_, file) => `./a/../${file}`,
};

// Each output option, given the target as the user would write it.
const WRITERS: Record<string, (target: string) => string[]> = {
  'report --out': (target) => ['report', ID, '--out', target],
  'report --format html --out': (target) => ['report', ID, '--format', 'html', '--out', target],
  'report --format pdf --out': (target) => ['report', ID, '--format', 'pdf', '--out', target],
  'promises --ics': (target) => ['promises', '--ics', target],
  'statement --out': (target) => ['statement', ID, '--out', target],
  // A drill's statement.out is read beside its script, in drills/.
  'escalate --script (statement.out)': () => ['escalate', '--script', 'drills/drill.yaml'],
};

function writeDrill(dir: string, target: string): void {
  writeFileSync(join(dir, 'drills/drill.yaml'), `${SCRIPT}statement:\n  out: ${JSON.stringify(`../${target}`)}\n`);
}

const cases = Object.keys(WRITERS).flatMap((writer) =>
  Object.keys(TARGETS).flatMap((target) => Object.keys(SPELLINGS).map((spelling) => [writer, target, spelling])),
);

describe('no output is written over an input', () => {
  it.each(cases)('%s refuses %s, %s', async (writer, target, spelling) => {
    const dir = plan();
    const { file, says } = TARGETS[target]!;
    const before = readFileSync(join(dir, file));
    const named = SPELLINGS[spelling]!(dir, file);
    if (writer.startsWith('escalate')) writeDrill(dir, named);
    const run = await crisis(WRITERS[writer]!(named), { cwd: dir });
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^✖ Not writing /);
    expect(lines.at(-1)).toMatch(says);
    expect(run.stderr).not.toMatch(/This is a bug|\n\s+at /);
    expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
  });

  it("refuses report's own --template as its --out", async () => {
    const dir = plan();
    writeFileSync(join(dir, 'mine.hbs'), '{{incident.summary}}');
    const run = await crisis(['report', ID, '--template', 'mine.hbs', '--out', './a/../mine.hbs'], { cwd: dir });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(/^✖ Not writing \.\/a\/\.\.\/mine\.hbs: it is the template mine\.hbs/);
    expect(readFileSync(join(dir, 'mine.hbs'), 'utf8')).toBe('{{incident.summary}}');
  });

  it("refuses a drill's own script as its statement.out", async () => {
    const dir = plan();
    writeFileSync(join(dir, 'drills/drill.yaml'), `${SCRIPT}statement:\n  out: ./drill.yaml\n`);
    const before = readFileSync(join(dir, 'drills/drill.yaml'));
    const run = await crisis(['escalate', '--script', 'drills/drill.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /✖ Not writing drills\/drill\.yaml: it is drills\/drill\.yaml, which this command reads\. Name another file\.\n$/,
    );
    expect(readFileSync(join(dir, 'drills/drill.yaml')).equals(before)).toBe(true);
  });

  it("refuses the statement's own template (templates/statement.html.hbs beside the plan)", async () => {
    const dir = plan();
    writeFileSync(join(dir, 'templates/statement.html.hbs'), '<p>{{statement.text}}</p>');
    const run = await crisis(['statement', ID, '--out', 'templates/statement.html.hbs'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(readFileSync(join(dir, 'templates/statement.html.hbs'), 'utf8')).toBe('<p>{{statement.text}}</p>');
  });

  it('refuses a new file in the incidents folder, and a hard link of the plan', async () => {
    const dir = plan();
    expect((await crisis(['report', ID, '--out', 'incidents/report.md'], { cwd: dir })).status).toBe(2);
    expect(readdirSync(join(dir, 'incidents')).sort()).toEqual([`${ID}.jsonl`, `${ID}.jsonl.lock`]);
    const { linkSync } = await import('node:fs');
    linkSync(join(dir, 'crisis.yaml'), join(dir, 'copy.yaml'));
    const run = await crisis(['promises', '--ics', 'copy.yaml'], { cwd: dir });
    expect(run.stderr).toMatch(/^✖ Not writing copy\.yaml: it is the playbook crisis\.yaml/);
  });

  it('refuses the mention store of crisis watch, and a new file beside it', async () => {
    const dir = plan();
    mkdirSync(join(dir, 'watch'));
    writeFileSync(join(dir, 'watch/mentions.jsonl'), '');
    for (const out of ['watch/mentions.jsonl', './a/../watch/report.md']) {
      const run = await crisis(['report', ID, '--out', out], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^✖ Not writing .*: it is in the watch folder watch, which keeps the mentions/);
    }
    expect(readdirSync(join(dir, 'watch'))).toEqual(['mentions.jsonl']);
    expect(readFileSync(join(dir, 'watch/mentions.jsonl'), 'utf8')).toBe('');
  });

  it('replaces any other file whole, and writes through a link to where it points', async () => {
    const dir = plan();
    writeFileSync(join(dir, 'a/old.md'), 'old');
    symlinkSync(join(dir, 'a/old.md'), join(dir, 'report.md'));
    const run = await crisis(['report', ID, '--out', 'report.md'], { cwd: dir });
    expect(run).toMatchObject({ status: 0, stderr: 'Report written to report.md.\n' });
    expect(readFileSync(join(dir, 'a/old.md'), 'utf8')).toMatch(/^# Informe del incidente/);
    expect(readdirSync(join(dir, 'a'))).toEqual(['old.md']);
  });
});

describe('on a Spanish plan, with no language asked for', () => {
  const env = { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' };

  it("refuses, in Spanish, a report written where the brand's statement template goes", async () => {
    const dir = plan();
    const out = 'templates/statement.html.hbs';
    const run = await crisis(['report', ID, '--format', 'html', '--out', out], { cwd: dir, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^✖ No se escribe templates\/statement\.html\.hbs: es templates\/statement\.html\.hbs, la plantilla con la que crisis statement/,
    );
    expect(existsSync(join(dir, out))).toBe(false);
  });

  it('says in Spanish that the incident reported is a drill', async () => {
    const dir = plan();
    writeFileSync(join(dir, 'drills/drill.yaml'), SCRIPT);
    expect((await crisis(['escalate', '--script', 'drills/drill.yaml'], { cwd: dir, env })).status).toBe(0);
    const drill = readdirSync(join(dir, 'incidents')).find((name) => name.endsWith('.jsonl') && !name.startsWith(ID));
    const id = drill!.replace(/\.jsonl$/, '');
    for (const command of ['report', 'statement']) {
      const run = await crisis([command, id, '--out', `a/${command}.out`], { cwd: dir, env });
      expect(run.stderr).toContain(`El incidente ${id} es un simulacro`);
    }
  });
});

describe('init writes no plan into an incidents folder', () => {
  it.each([['incidents'], ['incidents/new'], ['./a/../incidents']])('init --yes --force --dir %s', async (folder) => {
    const dir = plan();
    const run = await crisis(['init', '--yes', '--force', '--lang', 'en', '--name', 'Crumbs', '--dir', folder], {
      cwd: dir,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^✖ Not writing .*: it is in the incidents folder incidents, which holds/);
    expect(readdirSync(join(dir, 'incidents')).sort()).toEqual([`${ID}.jsonl`, `${ID}.jsonl.lock`]);
  });
});
