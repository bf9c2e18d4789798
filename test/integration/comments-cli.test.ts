import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/cli/comments/incident-queue.js';
import { createContext } from '../../src/cli/context.js';
import { commentDone } from '../../src/commands/comments-done.js';
import { scriptedPrompter } from '../scripted-prompter.js';
import { CLOSED_ID, example, root } from '../helpers.js';
import { crisis } from './run-cli.js';

// `crisis comments` on an open incident: the closed fixture journal without its close.
function openIncident(): { dir: string; file: string } {
  const dir = example('es-optica-miravista', { incidents: true });
  const journal = join(dir, 'incidents', `${CLOSED_ID}.jsonl`);
  cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), journal);
  const lines = readFileSync(journal, 'utf8').split('\n');
  writeFileSync(journal, lines.filter((line) => !line.includes('"type":"closed"')).join('\n'));
  return { dir, file: join(dir, 'incidents', `${CLOSED_ID}.comments.ndjson`) };
}

const json = async (dir: string) => JSON.parse((await crisis(['comments', '--json'], { cwd: dir })).stdout);

describe('crisis comments', () => {
  it('adds by link, lists waiting first, and records what was done under the rules', async () => {
    const { dir } = openIncident();
    expect(
      (
        await crisis(['comments', 'add', 'https://x.com/marta/status/1', 'Sigo sin gafas', '--author', '@marta'], {
          cwd: dir,
        })
      ).status,
    ).toBe(0);
    expect((await crisis(['comments', 'add', 'https://instagram.com/p/2'], { cwd: dir })).status).toBe(0);
    // The same link again is the same item.
    const again = await crisis(['comments', 'add', 'https://x.com/marta/status/1'], { cwd: dir });
    expect(again.stdout).toMatch(/already in the queue/);
    expect(again.stderr).toBe('');
    // A second text for the same link is not taken, and the person is told, not left to lose it unseen.
    const other = await crisis(['comments', 'add', 'https://x.com/marta/status/1', 'Otra cosa'], { cwd: dir });
    expect(other.stderr).toMatch(/The text given was not kept: \w+ keeps the one it was added with/);
    // The same post copied with the share button's parameters is the same item too.
    const shared = await crisis(['comments', 'add', 'https://x.com/marta/status/1?s=20&t=Ab'], { cwd: dir });
    expect(shared.stdout).toMatch(/already in the queue/);
    const [first, second] = (await json(dir)).comments;
    expect([first.status, second.status]).toEqual(['waiting', 'waiting']);

    const done = (...args: string[]) => crisis(['comments', 'done', ...args], { cwd: dir });
    // Never deleted; blocked only after an answer; reviewed needs its reason: exit 1 and why.
    expect(await done(first.id, '--answered', 'deleted')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/never deleted/),
    });
    // Asked for as a person would type it, too.
    expect(await done(first.id, '--answered', 'delete')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/never deleted/),
    });
    expect((await crisis(['comments', 'delete', first.id], { cwd: dir })).status).toBe(1);
    expect(await done(first.id, '--answered', 'blocked', '--reason', 'insultos', '--yes')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/had an answer/),
    });
    expect((await done(second.id, '--answered', 'reviewed', '--reason', 'boring')).status).toBe(1);
    // An answer failing a check (too long for X) is refused with the advice.
    const long = await done(first.id, '--answered', 'public', '--text', 'a'.repeat(281));
    expect(long).toMatchObject({ status: 1, stderr: expect.stringMatching(/281 characters/) });
    expect(
      (
        await done(
          first.id.slice(0, 5),
          '--answered',
          'public',
          '--response',
          'agradecimiento',
          '--var',
          'cliente=@marta',
        )
      ).status,
    ).toBe(0);
    // Blocking, a last resort, is confirmed: --yes without a terminal.
    expect((await done(first.id, '--answered', 'blocked', '--reason', 'insultos')).status).toBe(1);
    expect((await done(first.id, '--answered', 'blocked', '--reason', 'insultos', '--yes')).status).toBe(0);
    expect((await done(second.id, '--answered', 'reviewed', '--reason', 'spam')).status).toBe(0);
    const after = (await json(dir)).comments;
    expect(after.map((row: { status: string }) => row.status)).toEqual(['blocked', 'reviewed']);
    expect(after[0].history[0]).toMatchObject({ state: 'public', channel: 'x', response: 'agradecimiento' });
    expect(after[0].history[0].text).toMatch(/^Hola @marta, gracias/);
  });

  it('prints the item added or settled as JSON with --json, as the listing gives it', async () => {
    const { dir } = openIncident();
    const run = async (...args: string[]) => {
      const result = await crisis(['comments', ...args, '--json'], { cwd: dir });
      expect(result.status).toBe(0);
      return JSON.parse(result.stdout);
    };
    const added = await run('add', 'https://x.com/marta/status/1', 'Sigo sin gafas', '--author', '@marta');
    expect(added).toMatchObject({
      incident: CLOSED_ID,
      changed: true,
      waiting: 1,
      comment: { status: 'waiting', link: 'https://x.com/marta/status/1', author: '@marta', text: 'Sigo sin gafas' },
    });
    // The same link again changes nothing, and says which item it is.
    expect(await run('add', 'https://x.com/marta/status/1')).toMatchObject({
      changed: false,
      comment: { id: added.comment.id },
    });
    const done = await run('done', added.comment.id.slice(0, 5), '--answered', 'reviewed', '--reason', 'spam');
    expect(done).toMatchObject({
      changed: true,
      waiting: 0,
      comment: { id: added.comment.id, status: 'reviewed', reason: 'spam' },
    });
    expect(done.comment).toEqual((await json(dir)).comments[0]);
  });

  it("refuses an unconfirmed block in the plan's language, as it refuses a block before any answer", async () => {
    const { dir } = openIncident();
    const plan = { cwd: dir, env: { CRISIS_LANG: undefined } };
    expect((await crisis(['comments', 'add', 'https://x.com/marta/status/1'], plan)).status).toBe(0);
    const [first] = (await json(dir)).comments;
    const done = (...args: string[]) => crisis(['comments', 'done', first.id, ...args], plan);
    expect(await done('--answered', 'blocked', '--reason', 'insultos')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/recibido respuesta/),
    });
    expect((await done('--answered', 'public', '--text', 'Lo sentimos, te escribimos por privado.')).status).toBe(0);
    expect(await done('--answered', 'blocked', '--reason', 'insultos')).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^✖ Bloquear es el último recurso/),
    });
  });

  it('takes only what the walkthrough offers: a response that fits, and a topic to avoid only once confirmed', async () => {
    const { dir } = openIncident();
    expect((await crisis(['comments', 'add', 'https://instagram.com/p/m1'], { cwd: dir })).status).toBe(0);
    const [item] = (await json(dir)).comments;
    const done = (...args: string[]) => crisis(['comments', 'done', item.id, ...args], { cwd: dir });
    const refused = [
      ['public', 'aviso-interno'],
      ['public', 'respuesta-privada'],
      ['private', 'agradecimiento'],
    ];
    for (const [as, response] of refused)
      expect(await done('--answered', as!, '--response', response!, '--var', 'cliente=@m')).toMatchObject({
        status: 1,
        stderr: expect.stringMatching(/does not fit a comment answered in .* on instagram\. Responses that fit: /),
      });
    // A topic to avoid is refused without a terminal to confirm it on, and names the flag.
    const football = ['--answered', 'public', '--text', 'Hablemos de fútbol'];
    expect(await done(...football)).toMatchObject({ status: 1, stderr: expect.stringMatching(/fútbol[^]*--yes/) });
    expect((await json(dir)).comments[0].status).toBe('waiting');
    expect((await done(...football, '--yes')).status).toBe(0);
    expect((await json(dir)).comments[0]).toMatchObject({ status: 'public', answer: 'Hablemos de fútbol' });
  });

  it('wraps its rows at 60 columns, each later line under the text, and keeps one line a part when piped', async () => {
    const { dir } = openIncident();
    const words = 'Sigo sin gafas desde hace tres semanas y nadie me contesta en la tienda, qué vergüenza';
    const link = 'https://x.com/marta/status/1234567890123';
    expect((await crisis(['comments', 'add', link, words, '--author', '@marta'], { cwd: dir })).status).toBe(0);
    const narrow = (await crisis(['comments'], { cwd: dir, env: { COLUMNS: '60' } })).stdout.trimEnd().split('\n');
    // Only a word longer than the room left (the link) may pass the edge: the terminal folds it whole.
    expect(narrow.filter((line) => [...line].length > 60 && !line.includes(link))).toEqual([]);
    expect(narrow.length).toBeGreaterThan(3);
    const rows = narrow.slice(narrow.findIndex((line) => line.startsWith('waiting')));
    expect(rows.slice(1).filter((line) => !/^ {9}\S/.test(line))).toEqual([]);
    expect(narrow.join(' ').replace(/\s+/g, ' ')).toContain(`${words} ${link}`);
    // Piped with no COLUMNS: the title, then two lines per row, as a script reads them.
    expect((await crisis(['comments'], { cwd: dir })).stdout.trimEnd().split('\n')).toHaveLength(3);
  });

  it.each([
    ['es', 'ocultado por la', 'plataforma'],
    ['en', 'hidden by the', 'platform'],
  ])('keeps the status column narrow at 60 columns in %s: a long status wraps in it', async (lang, first, rest) => {
    const { dir } = openIncident();
    const add = (link: string, words: string) => crisis(['comments', 'add', link, words], { cwd: dir });
    expect((await add('https://x.com/a/status/1', 'Qué vergüenza de tienda, tres semanas sin mis gafas')).status).toBe(
      0,
    );
    expect((await add('https://x.com/b/status/2', 'Sigo esperando')).status).toBe(0);
    const [hidden] = (await json(dir)).comments;
    const done = ['comments', 'done', hidden.id, '--answered', 'hidden', '--reason', 'insultos'];
    expect((await crisis(done, { cwd: dir })).status).toBe(0);
    const env = { COLUMNS: '60', CRISIS_LANG: lang === 'es' ? undefined : lang };
    const lines = (await crisis(['comments'], { cwd: dir, env })).stdout.trimEnd().split('\n');
    const at = lines.findIndex((line) => line.startsWith(first));
    // The label on two lines of its column, and the row's text beside it, 17 columns in, not 28.
    expect(lines[at]).toMatch(new RegExp(`^${first} {${17 - first.length}}${hidden.id}  `));
    expect(lines[at + 1]).toMatch(new RegExp(`^${rest} {${17 - rest.length}}\\S`));
    expect(lines.filter((line) => [...line].length > 60)).toEqual([]);
  });

  it("refuses `comments delete` in the plan's language, not the machine's", async () => {
    const { dir } = openIncident();
    const machine = { cwd: dir, env: { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' } };
    expect(await crisis(['comments', 'delete', 'abc'], machine)).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^✖ Un comentario nunca se borra: .*bloquea a su autor\.\n$/),
    });
    // Asked for in English, it answers in English.
    expect(await crisis(['comments', 'delete'], { cwd: dir })).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/^✖ A comment is never deleted/),
    });
  });

  it("says what is wrong with a link, an id or a missing --answered in the plan's language", async () => {
    const { dir } = openIncident();
    const machine = { cwd: dir, env: { CRISIS_LANG: undefined, LANG: 'en_US.UTF-8' } };
    const refusals = [
      ['comments', 'add', 'notalink', 'hola'],
      ['comments', '--incident', 'nope'],
      ['comments', 'done', 'zzzz', '--answered', 'public'],
      ['comments', 'done', 'zzzz'],
    ];
    for (const args of refusals) {
      const run = await crisis(args, machine);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^✖ /);
      expect(run.stderr, args.join(' ')).not.toMatch(/\b(?:is not|No incident|No comment|Say what)\b/);
    }
    // Asked for in English, it answers in English.
    expect((await crisis(['comments', 'add', 'notalink'], { cwd: dir })).stderr).toMatch(/is not a link/);
  });

  it('says that the plan can list a network it lacks, rather than only to name another channel', async () => {
    const { dir } = openIncident();
    expect((await crisis(['comments', 'add', 'https://mastodon.social/@ana/1'], { cwd: dir })).status).toBe(0);
    const [item] = (await json(dir)).comments;
    expect(
      await crisis(['comments', 'done', item.id, '--answered', 'public', '--text', 'Hola'], { cwd: dir }),
    ).toMatchObject({
      status: 1,
      stderr: expect.stringMatching(/--channel, one of x, instagram, facebook, web; or, .* channels: first/),
    });
  });

  it('blocks an X account once one of its posts was answered, the author taken from the links', async () => {
    const { dir } = openIncident();
    for (const link of ['https://x.com/troll2/status/1', 'https://x.com/troll2/status/2'])
      expect((await crisis(['comments', 'add', link], { cwd: dir })).status).toBe(0);
    // The same post on twitter.com is the same item.
    const again = await crisis(['comments', 'add', 'https://twitter.com/troll2/status/1'], { cwd: dir });
    expect(again.stdout).toMatch(/already in the queue/);
    const [first, second] = (await json(dir)).comments;
    expect([first.author, second.author]).toEqual(['@troll2', '@troll2']);
    const done = (id: string, ...args: string[]) => crisis(['comments', 'done', id, ...args], { cwd: dir });
    expect((await done(first.id, '--answered', 'public', '--text', 'Lo sentimos')).status).toBe(0);
    expect(await done(second.id, '--answered', 'blocked', '--reason', 'x', '--yes')).toMatchObject({ status: 0 });
  });

  it('asks on a terminal before recording an answer naming a topic to avoid, as the walkthrough does', async () => {
    const { dir } = openIncident();
    expect((await crisis(['comments', 'add', 'https://x.com/a/status/1'], { cwd: dir })).status).toBe(0);
    const [item] = (await json(dir)).comments;
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let printed = '';
    stdout.on('data', (chunk) => (printed += chunk));
    const ctx = createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1', CRISIS_LANG: 'en' },
      streams: { stdout, stderr },
      interactive: true,
    });
    const prompter = scriptedPrompter([false]);
    const options = { answered: 'public' as const, text: 'Hablemos de fútbol' };
    expect(await commentDone(item.id, options, ctx, new Date(), async () => prompter)).toBe(0);
    expect(prompter.asked).toEqual(['It mentions a topic to avoid. Record it as sent anyway?']);
    expect(printed).toMatch(/Not recorded/);
    expect((await json(dir)).comments[0].status).toBe('waiting');
  });

  it('says that an id of fewer than four characters is too short, not that no comment has it', async () => {
    const { dir } = openIncident();
    expect((await crisis(['comments', 'add', 'https://x.com/a/status/1'], { cwd: dir })).status).toBe(0);
    expect(await crisis(['comments', 'done', '7', '--answered', 'public'], { cwd: dir })).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/"7" is too short .* at least 4 characters/),
    });
  });

  it("says when a comment was settled on the brand's clock, not as a raw UTC stamp", async () => {
    const { dir } = openIncident();
    expect((await crisis(['comments', 'add', 'https://x.com/bot/status/7'], { cwd: dir })).status).toBe(0);
    const [first] = (await json(dir)).comments;
    const done = (...args: string[]) => crisis(['comments', 'done', first.id, ...args], { cwd: dir });
    expect((await done('--answered', 'reviewed', '--reason', 'spam')).status).toBe(0);
    const again = await done('--answered', 'public', '--text', 'Gracias');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already settled/);
    expect(again.stderr).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('is refused with the reason when no incident is open', async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    cpSync(join(root, 'test/fixtures/journals/closed.jsonl'), join(dir, 'incidents', `${CLOSED_ID}.jsonl`));
    const run = await crisis(['comments', 'add', 'https://x.com/a/1'], { cwd: dir });
    expect(run).toMatchObject({ status: 2, stderr: expect.stringMatching(/No open incident .*--incident/) });
    // Named, a closed incident still takes a late comment, and says that its report changes.
    const late = await crisis(['comments', 'add', 'https://x.com/a/1', '--incident', CLOSED_ID], { cwd: dir });
    expect(late).toMatchObject({
      status: 0,
      stderr: expect.stringMatching(new RegExp(`${CLOSED_ID} is closed.*report`)),
    });
    const [item] = JSON.parse(
      (await crisis(['comments', '--json', '--incident', CLOSED_ID], { cwd: dir })).stdout,
    ).comments;
    const done = await crisis(
      ['comments', 'done', item.id, '--answered', 'reviewed', '--reason', 'spam', '--incident', CLOSED_ID],
      {
        cwd: dir,
      },
    );
    expect(done).toMatchObject({ status: 0, stderr: expect.stringMatching(/is closed/) });
  });
});

describe('the queue file after a kill -9', () => {
  it('stays readable: writers killed mid-run leave whole lines, and a cut last line is skipped', async () => {
    const { dir, file } = openIncident();
    const bin = join(root, 'bin/crisis.js');
    // Eight adds at once, each killed with SIGKILL at a different moment of its run.
    const runs = Array.from({ length: 8 }, (_, i) => {
      const child = spawn(process.execPath, [bin, 'comments', 'add', `https://x.com/k/status/${i}`], {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
        stdio: 'ignore',
      });
      setTimeout(() => child.kill('SIGKILL'), 150 * i);
      return new Promise((done) => child.on('exit', done));
    });
    await Promise.all(runs);
    expect(readComments(file).damaged).toEqual([]);
    // What a kill in the middle of a write would leave: a line cut short, at the end.
    appendFileSync(file, '{"type":"comment","at":"2026-11-22T21:00:00.000Z","id":"cut');
    const listed = await crisis(['comments', '--json'], { cwd: dir });
    expect(listed.status).toBe(0);
    const before = JSON.parse(listed.stdout).comments.length;
    // The next add starts on a line of its own; the cut line is then said once, and skipped.
    expect((await crisis(['comments', 'add', 'https://x.com/after/1'], { cwd: dir })).status).toBe(0);
    const read = readComments(file);
    expect(read.damaged).toHaveLength(1);
    expect(read.events.at(-1)).toMatchObject({ type: 'comment', link: 'https://x.com/after/1' });
    const last = await crisis(['comments', '--json'], { cwd: dir });
    expect(JSON.parse(last.stdout).comments).toHaveLength(before + 1);
    expect(last.stderr).toMatch(/Skipped line \d+ of .*comments\.ndjson/);
  }, 60_000);
});
