// Answers, keystrokes and seconds from `crisis escalate` to the first checked, ready-to-publish
// short apology on X, for an operator who knows the plan, on both bundled plans. It drives the
// real CLI on a pseudo-terminal (util-linux `script`) and stops when the apology for X is framed
// on the screen with no failed check. The answers are short, as a person who knows the plan
// writes them under pressure (those of the project's drill scripts). Usage: node bench/time-to-apology.js
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEY, hasScript, startOnTerminal } from '../scripts/pty-session.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const down = (n) => KEY.down.repeat(n);
const type = (text) => `${text}${KEY.enter}`;
// A link is pasted from the browser, not typed: one keystroke (Ctrl+V).
const typeAndPaste = (text, link) => [`${text} ${link}${KEY.enter}`, text.length + 3];

// A person's pace, to turn answers and keys into seconds: reading a question and choosing takes
// about 3 s; typing, about 5 keys a second. A model, stated so the figure can be checked.
const SECONDS_PER_ANSWER = 3;
const KEYS_PER_SECOND = 5;

const plans = [
  {
    name: 'es-optica-miravista',
    apology: 'Para publicar en X (Twitter)',
    answers: [
      ['¿Qué está pasando', ...typeAndPaste('Un periodista denuncia retrasos', 'https://x.com/ana_lopez/status/1')],
      ['¿Cuándo lo vio', KEY.enter],
      ['¿Cuánta gente', `${down(2)}${KEY.enter}`],
      ['Marca a quién', `a${KEY.enter}`],
      ['Este paso:', KEY.enter], // reunir
      ['Este paso:', KEY.enter], // pedir-datos
      ['Qué ha pasado', type('el retraso en las entregas')],
      ['Qué hacemos', type('entregaremos esta semana')],
      ['Este mensaje para Facebook', KEY.enter],
      ['Este mensaje para Blog', KEY.enter],
      ['Enlaces a las publicaciones', KEY.enter],
      ['Qué ha pasado, en pocas palabras', KEY.enter], // the statement's answer is the default
    ],
  },
  {
    name: 'en-northside-bakery',
    apology: 'To publish on X',
    answers: [
      ['What is happening', ...typeAndPaste('Customer says our cake made her ill', 'https://x.com/lauren_b/status/7')],
      ['When did the team first see it', KEY.enter],
      ['How many people', `${down(2)}${KEY.enter}`],
      ['Tick whom you reached', `a${KEY.enter}`],
      ['This step:', KEY.enter], // convene
      ['This step:', KEY.enter], // facts
      ['What happened', type('an allergic reaction to a birthday cake')],
      ['What we are doing about it', type('we stopped selling it while we check')],
      ['This message for Website news page', KEY.enter],
      ['Link to the post', KEY.enter],
      ['What happened, in a few words', KEY.enter],
    ],
  },
];

async function measure(plan) {
  const dir = mkdtempSync(join(tmpdir(), 'crisis-apology-'));
  cpSync(join(root, 'playbooks', plan.name), dir, { recursive: true });
  const incidents = join(dir, 'incidents');
  const started = process.hrtime.bigint();
  const t = startOnTerminal({
    argv: [join(root, 'bin/crisis.js'), 'escalate', '--incidents-dir', incidents],
    cwd: dir,
    marker: incidents,
    columns: 100,
  });
  try {
    for (const [question, keys, count] of plan.answers) await t.answer(question, keys, count);
    await t.when(plan.apology);
    // Checked: the framed apology is followed by its question, with no advice to fix it.
    await t.when('X');
    const screen = t.screen();
    const tail = screen.slice(screen.lastIndexOf(plan.apology));
    const failed = /añade|add |acórtalo|shorten it|reformúlalo|rephrase it/.test(
      tail.split('\n').slice(0, 8).join('\n'),
    );
    const machine = Number(process.hrtime.bigint() - started) / 1e9;
    return { ...t.stats, machine, failed };
  } finally {
    await t.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!hasScript) {
  console.log('time-to-apology: util-linux `script` is not installed; nothing measured.');
  process.exit(0);
}
console.log(
  `node ${process.version}; a person's pace modelled as ${SECONDS_PER_ANSWER} s a question and ${KEYS_PER_SECOND} keys a second`,
);
console.log('plan                    answers  keys  person (model)  machine   target');
for (const plan of plans) {
  const result = await measure(plan);
  const person = result.answers * SECONDS_PER_ANSWER + result.keystrokes / KEYS_PER_SECOND;
  const verdict = result.failed
    ? 'apology failed a check'
    : result.answers <= 12 && person <= 60
      ? 'met (≤ 12 answers, ≤ 60 s)'
      : 'NOT met (≤ 12 answers, ≤ 60 s)';
  console.log(
    `${plan.name.padEnd(22)}  ${String(result.answers).padStart(7)}  ${String(result.keystrokes).padStart(4)}  ${person.toFixed(0).padStart(12)} s  ${result.machine.toFixed(1).padStart(5)} s   ${verdict}`,
  );
}
