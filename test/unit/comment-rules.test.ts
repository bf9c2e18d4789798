import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommentEvent } from '../../src/escalate/comment-events.js';
import { buildQueue, type WatchedItem } from '../../src/escalate/comment-queue.js';
import {
  adviceOf,
  fittingResponses,
  offeredStates,
  settle,
  type SettleRequest,
} from '../../src/escalate/comment-rules.js';
import type { IncidentFields } from '../../src/messages/render-context.js';
import { fixturePlan, root } from '../helpers.js';

const plan = fixturePlan('es-optica-miravista');
const AT = '2026-11-22T21:00:00.000Z';
const incident: IncidentFields = {
  id: 'i',
  summary: 'Retrasos',
  level: 'crisis',
  started_at: AT,
  channel: 'x',
  link: 'https://x.com/a/1',
};
const answerContext = (vars: Record<string, string> = {}) => ({
  templateText: (response: { text?: string }) => response.text ?? '',
  incident,
  vars,
});

const added = (id: string, link: string, author?: string): CommentEvent => ({
  type: 'comment',
  at: '2026-11-22T20:20:00.000Z',
  id,
  link,
  ...(author && { author }),
});
const done = (id: string, state: 'public' | 'private' | 'reviewed' | 'hidden', reason?: string): CommentEvent => ({
  type: 'settled',
  at: '2026-11-22T20:30:00.000Z',
  id,
  state,
  ...(reason && { reason }),
});

// One queue for every case: on X (a network with private messages), on the blog (none), a link of
// no channel, one answered, one reviewed, and one whose author was answered on another item.
const queue = buildQueue(
  [
    added('onx', 'https://x.com/marta/status/1', '@marta'),
    added('blog', 'https://miravista.example/blog/post#c1'),
    added('else', 'https://forum.example/t/9'),
    added('answered', 'https://x.com/luis/status/2'),
    added('reviewed', 'https://x.com/bot/status/3'),
    added('marta2', 'https://instagram.com/p/m2', '@Marta'),
    done('answered', 'public'),
    done('reviewed', 'reviewed', 'spam'),
    done('onx', 'private'),
  ],
  [],
  { since: '2026-11-22T20:00:00.000Z' },
);

type Case = [string, string, SettleRequest, string | { text?: string; checks?: string[]; warnings?: string[] }];
const cases: Case[] = [
  ['delete is never a state', 'blog', { as: 'deleted' }, 'comments.rule.delete'],
  ['blocking before any answer is refused', 'blog', { as: 'blocked', reason: 'insultos' }, 'comments.rule.blockFirst'],
  ['blocking after an answer needs a reason', 'answered', { as: 'blocked' }, 'comments.rule.reason'],
  ['blocking after an answer, with a reason', 'answered', { as: 'blocked', reason: 'insultos' }, {}],
  ['blocking once the same author had an answer elsewhere', 'marta2', { as: 'blocked', reason: 'insultos' }, {}],
  ['reviewed needs one of its reasons', 'blog', { as: 'reviewed', reason: 'meh' }, 'comments.rule.reviewReason'],
  ['reviewed as spam', 'blog', { as: 'reviewed', reason: 'spam' }, {}],
  ['hidden needs a reason', 'blog', { as: 'hidden' }, 'comments.rule.reason'],
  ['private on a channel with no private messages', 'blog', { as: 'private', text: 'Hola' }, 'comments.rule.noPrivate'],
  ['an answer on a link of no channel names one', 'else', { as: 'public', text: 'Hola' }, 'comments.rule.channel'],
  ['an answer on a named channel', 'else', { as: 'public', text: 'Hola', channel: 'facebook' }, { text: 'Hola' }],
  ['an unknown channel', 'else', { as: 'public', text: 'Hola', channel: 'tv' }, 'comments.rule.unknownChannel'],
  ['an answer needs words', 'blog', { as: 'public' }, 'comments.rule.answerText'],
  ['too long for X', 'marta2', { as: 'public', text: 'a'.repeat(2201) }, { checks: ['message-too-long'] }],
  ['a control character', 'blog', { as: 'public', text: 'Hola\u001b[2J' }, { checks: ['control-character'] }],
  [
    'a topic to avoid is a warning',
    'blog',
    { as: 'public', text: 'Hablemos de fútbol' },
    { warnings: ['avoid-topic'] },
  ],
  [
    'a response without its variables',
    'marta2',
    { as: 'public', response: 'agradecimiento' },
    'comments.rule.missingVars',
  ],
  ['an unknown response', 'marta2', { as: 'public', response: 'nope' }, 'comments.rule.unknownResponse'],
  // The walkthrough offers only the responses that fit: `comments done` refuses the rest alike.
  [
    'an internal notice is no public answer',
    'marta2',
    { as: 'public', response: 'aviso-interno' },
    'comments.rule.responseNotFit',
  ],
  [
    'a private reply is no public answer',
    'marta2',
    { as: 'public', response: 'respuesta-privada' },
    'comments.rule.responseNotFit',
  ],
  [
    'a public response is no private answer',
    'marta2',
    { as: 'private', response: 'agradecimiento' },
    'comments.rule.responseNotFit',
  ],
  [
    'a response not written for the channel',
    'blog',
    { as: 'public', response: 'agradecimiento' },
    'comments.rule.responseNotFit',
  ],
  ['an item already answered is not answered again', 'answered', { as: 'public', text: 'x' }, 'comments.rule.answered'],
  ['a reviewed item is settled', 'reviewed', { as: 'hidden', reason: 'x' }, 'comments.rule.settled'],
  ['an answered item the platform hid', 'answered', { as: 'hidden', reason: 'denunciado' }, {}],
];

describe('what may be done with a comment', () => {
  it.each(cases)('%s', (_name, id, request, expected) => {
    const decision = settle(plan, queue, queue.byId.get(id)!, request, answerContext(), AT);
    if (typeof expected === 'string') {
      expect(decision).toMatchObject({ ok: false, refusal: { key: expected } });
      return;
    }
    if (expected.checks) {
      expect(decision.ok).toBe(false);
      expect('problems' in decision && decision.problems.map((p) => p.ruleId)).toEqual(expected.checks);
      return;
    }
    expect(decision).toMatchObject({ ok: true, event: { type: 'settled', id, state: request.as, at: AT } });
    if (decision.ok && expected.text) expect(decision.event.text).toBe(expected.text);
    if (decision.ok) expect(decision.warnings.map((p) => p.ruleId)).toEqual(expected.warnings ?? []);
    // A topic to avoid is recorded only once confirmed, as a block is.
    if (decision.ok)
      expect(decision.confirm).toEqual([
        ...(expected.warnings ? ['anyway'] : []),
        ...(request.as === 'blocked' ? ['block'] : []),
      ]);
  });

  it('renders a pre-approved response with its variables, for the channel of the link', () => {
    const decision = settle(
      plan,
      queue,
      queue.byId.get('marta2')!,
      { as: 'public', response: 'agradecimiento' },
      answerContext({ cliente: '@marta' }),
      AT,
    );
    expect(decision).toMatchObject({ ok: true, event: { channel: 'instagram', response: 'agradecimiento' } });
    expect(decision.ok && decision.event.text).toMatch(/^Hola @marta, gracias/);
  });

  it('lists the responses that fit when it refuses one', () => {
    const decision = settle(
      plan,
      queue,
      queue.byId.get('marta2')!,
      { as: 'public', response: 'aviso-interno' },
      answerContext(),
      AT,
    );
    expect(decision).toMatchObject({
      refusal: { params: { responses: 'agradecimiento, aviso-corto', channel: 'instagram', status: 'public' } },
    });
    expect(
      fittingResponses(
        plan,
        'private',
        plan.channels.find((c) => c.id === 'x')!,
      ).map((r) => r.id),
    ).toEqual(['respuesta-privada']);
  });

  it('offers blocking only once that person had an answer, and never deleting', () => {
    expect(offeredStates(queue, queue.byId.get('blog')!)).toEqual(['public', 'private', 'reviewed', 'hidden']);
    expect(offeredStates(queue, queue.byId.get('answered')!)).toEqual(['hidden', 'blocked']);
    expect(offeredStates(queue, queue.byId.get('reviewed')!)).toEqual([]);
  });
});

describe('the queue', () => {
  const mention = (id: string, seen: string, link?: string): WatchedItem => ({
    id,
    feed: 'Mastodon',
    text: `texto ${id}`,
    seen,
    flagged: false,
    ...(link && { link }),
  });

  it('takes mentions from the first sight to the close, one item per link, oldest first', () => {
    const built = buildQueue(
      [added('hand', 'https://x.com/marta/status/1')],
      [
        mention('before', '2026-11-22T19:59:00.000Z', 'https://m.example/1'),
        mention('same', '2026-11-22T20:05:00.000Z', 'https://x.com/marta/status/1'),
        mention('in', '2026-11-22T20:10:00.000Z'),
        mention('after', '2026-11-22T23:00:00.000Z', 'https://m.example/3'),
      ],
      { since: '2026-11-22T20:00:00.000Z', until: '2026-11-22T22:00:00.000Z' },
    );
    expect(built.items.map((item) => [item.source, item.seen])).toEqual([
      ['added', '2026-11-22T20:05:00.000Z'],
      ['watch', '2026-11-22T20:10:00.000Z'],
    ]);
    // A mention of only an image has no words: no blanks for a listing to show after its time.
    const blank = buildQueue([], [{ ...mention('img', '2026-11-22T20:10:00.000Z'), text: ' \n ' }], {
      since: '2026-11-22T20:00:00.000Z',
    });
    expect(blank.items[0]!.text).toBe('');
    // A drill's queue holds only what its script added, never the real mentions of the day.
    const drill = buildQueue(
      [added('hand', 'https://x.com/marta/status/1')],
      [mention('real', '2026-11-22T20:10:00.000Z', 'https://m.example/real')],
      { since: '2026-11-22T20:00:00.000Z', drill: true },
    );
    expect(drill.items.map((item) => item.source)).toEqual(['added']);
    // An id is drawn from the link (else the feed's id): the same in every process.
    const again = buildQueue([], [mention('in', '2026-11-22T20:10:00.000Z')], { since: '2026-11-22T20:00:00.000Z' });
    expect(again.items[0]!.id).toBe(built.items[1]!.id);
    expect(again.items[0]!.id).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('the advice for a failed check', () => {
  it('says what to change, with the figures the check found', () => {
    const problem = {
      ruleId: 'message-too-long',
      messageId: 'check.tooLong',
      data: { length: 290, max: 280, over: 10 },
    };
    expect(adviceOf(problem as never)).toEqual({
      key: 'walk.check.tooLong',
      params: { length: 290, max: 280, over: 10 },
    });
  });

  it('is worded in one place, which the walkthrough and `crisis comments done` both use', () => {
    // Every .ts file but the catalogs, which hold the words themselves.
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.startsWith('i18n/'),
    );
    const wording = sources.filter((file) => readFileSync(join(root, 'src', file), 'utf8').includes("'walk.check."));
    expect(wording).toEqual(['escalate/comment-rules.ts']);
    // The shell says it through one function, with the rule it comes from.
    expect(readFileSync(join(root, 'src', 'cli/comments/comment-words.ts'), 'utf8')).toMatch(/adviceOf\(problem\)/);
    for (const user of ['cli/escalate/message-screen.ts', 'commands/comments-done.ts'])
      expect(readFileSync(join(root, 'src', user), 'utf8')).toMatch(/adviceText\(problem/);
  });
});
