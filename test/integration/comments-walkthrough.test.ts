import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readComments } from '../../src/cli/comments/incident-queue.js';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { MORE, type Prompter } from '../../src/cli/prompts.js';
import { CTRL_C, scriptedPrompter } from '../scripted-prompter.js';
import { commentId } from '../../src/escalate/comment-queue.js';
import { example, root } from '../helpers.js';

// The queue inside the interactive walkthrough (in-process, answered by the scripted prompter),
// and beside it `crisis comments add` from a second process, while the walkthrough holds the journal's lock.

const OPEN = ['Un periodista publica las quejas por retrasos https://x.com/ana/status/1', '-10m'];
const TO_FIRST_STEP = [...OPEN, 'Es viral o lo recogen medios', ['jorge', 'agencia', 'lucia']];

function session(dir: string) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk) => (printed += chunk));
  stderr.on('data', (chunk) => (printed += chunk));
  const base = createContext([], '0.0.0', {
    cwd: dir,
    env: { NO_COLOR: '1' },
    streams: { stdout, stderr },
    interactive: true,
  });
  const { file, playbook, textOf } = loadPlaybook(undefined, base);
  const ctx = speakingThePlan(base, playbook);
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 10, 22, 21, 10 + minute++));
  const run = (prompter: Prompter) => interactive({}, ctx, playbook, file, textOf, async () => prompter, now);
  const commentsFile = () => {
    const name = readdirSync(join(dir, 'incidents')).find((f) => f.endsWith('.comments.ndjson'));
    return join(dir, 'incidents', name!);
  };
  return { run, printed: () => printed, commentsFile };
}

describe('the comment queue in the walkthrough', () => {
  it('is offered in the menu, adds a comment by its link, and records its public answer', async () => {
    const dir = example();
    const s = session(dir);
    const link = 'https://x.com/marta/status/7';
    const id = commentId(link);
    const prompter = scriptedPrompter([
      ...TO_FIRST_STEP,
      'comments', // at the first step's menu
      '@add',
      link,
      'Sigo sin mis gafas',
      id, // the queue, oldest first: the one just added
      'deleted', // refused, with the reason, and asked again
      'public',
      undefined, // the channel of the link: X
      '@own',
      'Hola Marta, lo sentimos: te escribimos por privado',
      '@back',
      'comments', // one more, left waiting
      '@add',
      'https://x.com/luis/status/8',
      '',
      '@back',
      'done', // the step: the status lines come before the next one
      'pause',
    ]);
    expect(await s.run(prompter)).toBe(0);
    expect(prompter.keys.slice(5, 16)).toEqual([
      'comments',
      'comments.link',
      'comments.text',
      'comments',
      `comments.${id}`,
      `comments.${id}`,
      `comments.${id}.channel`,
      `comments.${id}.with`,
      `comments.${id}.text`,
      'comments',
      'steps.reunir',
    ]);
    const { events, damaged } = readComments(s.commentsFile());
    expect(damaged).toEqual([]);
    // Written as soon as its link was given, its words on a line of their own after.
    expect(events).toMatchObject([
      { type: 'comment', id, link },
      { type: 'comment', id, link, text: 'Sigo sin mis gafas' },
      {
        type: 'settled',
        id,
        state: 'public',
        channel: 'x',
        text: 'Hola Marta, lo sentimos: te escribimos por privado',
      },
      { type: 'comment', link: 'https://x.com/luis/status/8' },
    ]);
    expect(s.printed()).toContain('Un comentario nunca se borra');
    expect(s.printed()).toContain('💬 1 comentario pendiente');
  });

  it('goes back from the link of a comment to add with Esc, adding nothing', async () => {
    const dir = example();
    const s = session(dir);
    const prompter = scriptedPrompter([...TO_FIRST_STEP, 'comments', '@add', MORE, '@back', 'pause']);
    expect(await s.run(prompter)).toBe(0);
    expect(prompter.keys.slice(5, 9)).toEqual(['comments', 'comments.link', 'comments', 'steps.reunir']);
    expect(readdirSync(join(dir, 'incidents')).filter((f) => f.endsWith('.comments.ndjson'))).toEqual([]);
  });

  it('lists a waiting comment once, also when its author was answered on another', async () => {
    const dir = example();
    const s = session(dir);
    const [first, second] = ['https://x.com/troll2/status/1', 'https://x.com/troll2/status/2'];
    const scripted = scriptedPrompter([
      ...TO_FIRST_STEP,
      'comments',
      ...['@add', first, '', '@add', second, ''],
      commentId(first),
      'public',
      undefined,
      '@own',
      'Lo sentimos',
      '@back',
      'pause',
    ]);
    const lists: string[][] = [];
    const watching: Prompter = {
      ...scripted,
      async select(q) {
        if (q.key === 'comments') lists.push(q.choices.map((choice) => choice.value));
        return scripted.select(q);
      },
    };
    expect(await s.run(watching)).toBe(0);
    // The last look: the second waits, the first (answered) may still be blocked, each listed once.
    expect(lists.at(-1)).toEqual([commentId(second), commentId(first), '@add', '@back']);
  });

  it('keeps a comment whose link was given when the walkthrough stops at its words', async () => {
    const dir = example();
    const s = session(dir);
    const link = 'https://x.com/marta/status/7';
    const stopped = scriptedPrompter([...TO_FIRST_STEP, 'comments', '@add', link, CTRL_C]);
    expect(await s.run(stopped)).toBe(130);
    expect(readComments(s.commentsFile()).events).toMatchObject([{ type: 'comment', id: commentId(link), link }]);
  });

  it('loses nothing when `crisis comments add` in another process adds at the same time', async () => {
    const dir = example();
    const s = session(dir);
    // A few adds in lock-step with the walkthrough interleave as surely as many left to chance.
    const N = 8;
    let other: { exited: Promise<number>; done: boolean } | undefined;
    const answers: unknown[] = [...TO_FIRST_STEP, 'comments'];
    for (let i = 0; i < N; i += 1) answers.push('@add', `https://x.com/walk/status/${i}`, `desde el recorrido ${i}`);
    answers.push('@back', 'pause');
    const scripted = scriptedPrompter(answers);
    const added = () => {
      const incidents = join(dir, 'incidents');
      const name = readdirSync(incidents).find((f) => f.endsWith('.comments.ndjson'));
      return name ? readFileSync(join(incidents, name), 'utf8').split('/other/').length - 1 : 0;
    };
    // Once the incident is open, the other process starts adding; the walkthrough adds its i-th
    // comment only after the other has added its i-th, so the two write turn about from the first
    // comment to the last.
    let asked = 0;
    const paced: Prompter = {
      ...scripted,
      async field(q) {
        if (q.key === 'comments.link') {
          other ??= addFromAnotherProcess(dir, N);
          asked += 1;
          while (!other.done && added() < asked) await new Promise((done) => setTimeout(done, 20));
        }
        return scripted.field(q);
      },
    };
    expect(await s.run(paced)).toBe(0);
    expect(await other!.exited).toBe(0);
    const { events, damaged } = readComments(s.commentsFile());
    expect(damaged).toEqual([]);
    const links = events.map((event) => (event.type === 'comment' ? event.link : ''));
    expect(new Set(links).size).toBe(2 * N);
    // The walkthrough writes each link, then its words.
    expect(links.filter((l) => l.includes('/walk/'))).toHaveLength(2 * N);
    expect(links.filter((l) => l.includes('/other/'))).toHaveLength(N);
    // Every line is whole: the file reads back line for line.
    expect(readFileSync(s.commentsFile(), 'utf8').trimEnd().split('\n')).toHaveLength(3 * N);
  });
});

/**
 * `crisis comments add` run `n` times, one after the other, from another process, as a second
 * terminal would: the built entry (dist/cli.js, what bin/crisis.js imports) evaluated again for
 * each add with its own argv, without a Node start-up and a bundle load each.
 */
function addFromAnotherProcess(dir: string, n: number): { exited: Promise<number>; done: boolean } {
  const adds = `import { pathToFileURL } from 'node:url';
const [, cli, n] = process.argv;
for (let i = 0; i < Number(n); i += 1) {
  process.argv = [process.execPath, cli, 'comments', 'add', 'https://x.com/other/status/' + i, 'desde otra terminal'];
  await import(pathToFileURL(cli).href + '?add=' + i);
  if (process.exitCode) process.exit(process.exitCode);
}`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', adds, join(root, 'dist/cli.js'), String(n)], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' },
    stdio: 'ignore',
  });
  const run = { done: false, exited: new Promise<number>((done) => child.on('exit', (code) => done(code ?? 1))) };
  void run.exited.then(() => (run.done = true));
  return run;
}
