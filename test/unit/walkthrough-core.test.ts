import { incidentFields } from '../../src/escalate/incident-fields.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { notifyFrontier, standIn } from '../../src/escalate/next-question.js';
import { channelOfLink, nextOpening, openedEvent, splitSummary } from '../../src/escalate/opening.js';
import { replay } from '../../src/escalate/replay.js';
import { matchLinks, nextStepQuestion } from '../../src/escalate/step-progress.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Playbook, Step } from '../../src/model/schema.js';
import { allowsPrivateMessages } from '../../src/messages/private-channels.js';
import { planFile } from '../helpers.js';

// The decisions of the interactive walkthrough, as data: what to ask next, given the journal.
const playbook: Playbook = parsePlaybook(readFileSync(planFile())).playbook!;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 20, 10) + minutes * 60_000).toISOString();
const opened: IncidentEvent = {
  type: 'opened',
  at: at(0),
  id: 'i1',
  summary: 'Retrasos',
  channel: 'x',
  detected_at: at(-5),
};
const crisis: IncidentEvent = { type: 'triaged', at: at(1), answers: [], level: 'crisis' };
const answer = (key: string, value: string): IncidentEvent => ({ type: 'answer', at: at(2), key, value });
const contact = (id: string, status: 'reached' | 'unreachable'): IncidentEvent => ({
  type: 'contact',
  at: at(2),
  contact: id,
  status,
});
const step = (id: string): Step => playbook.levels.flatMap((l) => l.steps).find((s) => s.id === id)!;
const response = (id: string) => playbook.responses.find((r) => r.id === id)!;

describe('the opening', () => {
  it.each([
    ['Queja viral https://x.com/ana/status/1', { summary: 'Queja viral', link: 'https://x.com/ana/status/1' }],
    ['https://x.com/ana/status/1, queja viral.', { summary: 'queja viral.', link: 'https://x.com/ana/status/1' }],
    ['Queja viral', { summary: 'Queja viral' }],
    ['https://x.com/a', { summary: 'https://x.com/a', link: 'https://x.com/a' }],
    // Copied from an address bar without its scheme: still the post's link, with it.
    ['Queja viral x.com/ana/status/1.', { summary: 'Queja viral', link: 'https://x.com/ana/status/1' }],
    ['Caída de miravista.es', { summary: 'Caída de miravista.es' }],
  ])('splits "%s"', (text, expected) => {
    expect(splitSummary(text)).toEqual(expected);
  });
  it.each([
    ['https://x.com/ana/status/1', 'x'],
    ['https://twitter.com/ana/status/1', 'x'],
    ['https://www.instagram.com/p/1', 'instagram'],
    ['https://miravista.example/blog/entrada', 'web'],
    ['https://tiktok.com/@ana/video/1', undefined],
    ['not a link', undefined],
  ])('%s is on channel %s', (link, channel) => {
    expect(channelOfLink(playbook, link)).toBe(channel);
  });
  it.each([
    [[], 'summary'],
    [[['open.summary', 'Queja']], 'link'],
    [
      [
        ['open.summary', 'Queja'],
        ['open.link', ''],
      ],
      'channel',
    ],
    [
      [
        ['open.summary', 'Queja'],
        ['open.link', 'https://x.com/a/1'],
      ],
      'detected',
    ],
    [
      [
        ['open.summary', 'Queja'],
        ['open.link', ''],
        ['open.channel', 'tiktok'],
      ],
      'detected',
    ],
    [
      [
        ['open.summary', 'Queja'],
        ['open.link', ''],
        ['open.channel', 'x'],
        ['open.detected', at(-5)],
      ],
      undefined,
    ],
  ])('after %j asks %s', (given, next) => {
    expect(nextOpening(playbook, new Map(given as Array<[string, string]>))).toBe(next);
  });
  it('opens with what was answered, the channel taken from the link', () => {
    const drafts = new Map([
      ['open.summary', 'Queja'],
      ['open.link', 'https://x.com/a/1'],
      ['open.detected', at(-5)],
    ]);
    expect(openedEvent(playbook, drafts, 'i1', at(0))).toEqual({
      type: 'opened',
      at: at(0),
      id: 'i1',
      summary: 'Queja',
      channel: 'x',
      link: 'https://x.com/a/1',
      detected_at: at(-5),
    });
  });
});

describe('whom to call', () => {
  it.each([
    [[], ['jorge', 'agencia', 'lucia']],
    [[contact('jorge', 'reached'), contact('agencia', 'reached')], ['lucia']],
    [[contact('jorge', 'unreachable'), contact('agencia', 'reached'), contact('lucia', 'reached')], ['sofia']],
    // jorge's backup is sofía, and the agency's is jorge: sofía is called once, as jorge's stand-in.
    [[contact('jorge', 'unreachable'), contact('agencia', 'unreachable'), contact('lucia', 'reached')], ['sofia']],
    [
      [
        contact('jorge', 'unreachable'),
        contact('sofia', 'unreachable'),
        contact('agencia', 'reached'),
        contact('lucia', 'reached'),
      ],
      [],
    ],
  ])('after %# the round is %j', (events, expected) => {
    expect(
      notifyFrontier(playbook, replay([opened, crisis, ...(events as IncidentEvent[])])).map((e) => e.contact),
    ).toEqual(expected);
  });
  it('names who stands in for an unreachable owner, skipping backups also unreachable', () => {
    expect(standIn(playbook, replay([opened, crisis]), 'jorge')).toBeUndefined();
    expect(standIn(playbook, replay([opened, crisis, contact('jorge', 'unreachable')]), 'jorge')).toBe('sofia');
    expect(
      standIn(
        playbook,
        replay([opened, crisis, contact('pablo', 'unreachable'), contact('lucia', 'unreachable')]),
        'pablo',
      ),
    ).toBe('sofia');
  });
});

describe('a step, question by question', () => {
  it.each([
    ['reunir has no message: its status', [], 'reunir', undefined, { kind: 'status' }],
    ['the first variable', [], 'comunicado', 'comunicado', { kind: 'var', name: 'problema' }],
    [
      'the second, once the first is on disk',
      [answer('vars.comunicado.problema', 'el retraso')],
      'comunicado',
      'comunicado',
      { kind: 'var', name: 'solucion' },
    ],
    [
      'a variable answered at another step is the default',
      [answer('vars.comunicado.problema', 'el retraso')],
      'aviso-corto',
      'aviso-corto',
      { kind: 'var', name: 'problema', default: 'el retraso' },
    ],
    [
      'then each channel',
      [answer('vars.aviso-corto.problema', 'el retraso')],
      'aviso-corto',
      'aviso-corto',
      { kind: 'message', channel: { id: 'x' }, audience: 'public' },
    ],
    [
      'a channel left out is not asked again',
      [answer('vars.aviso-corto.problema', 'r'), answer('message.aviso-corto.x', 'skip')],
      'aviso-corto',
      'aviso-corto',
      { kind: 'message', channel: { id: 'instagram' } },
    ],
    [
      'an edit survives a crash',
      [answer('vars.aviso-corto.problema', 'r'), answer('text.aviso-corto.x', 'Mi texto')],
      'aviso-corto',
      'aviso-corto',
      { kind: 'message', channel: { id: 'x' }, edited: 'Mi texto' },
    ],
    [
      'an internal notice goes to the team',
      [answer('vars.avisar-equipo.problema', 'r')],
      'avisar-equipo',
      'aviso-interno',
      { kind: 'message', channel: { id: 'team' }, audience: 'internal' },
    ],
    [
      'a private reply asks where, never the website',
      [
        answer('vars.responder-privado.cliente', 'Ana'),
        answer('vars.responder-privado.pedido', '1'),
        answer('vars.responder-privado.solucion', 's'),
      ],
      'responder-privado',
      'respuesta-privada',
      { kind: 'private-channel', channels: ['x', 'instagram', 'facebook'], default: 'x' },
    ],
    [
      'and then only there',
      [
        answer('vars.responder-privado.cliente', 'Ana'),
        answer('vars.responder-privado.pedido', '1'),
        answer('vars.responder-privado.solucion', 's'),
        answer('private.responder-privado', 'facebook'),
      ],
      'responder-privado',
      'respuesta-privada',
      { kind: 'message', channel: { id: 'facebook' }, audience: 'private' },
    ],
  ])('%s', (_, events, stepId, responseId, expected) => {
    const state = replay([opened, crisis, ...(events as IncidentEvent[])]);
    expect(
      nextStepQuestion(playbook, state, step(stepId), responseId ? response(responseId) : undefined),
    ).toMatchObject(expected);
  });
  it('asks the links of what was published, once, then finishes', () => {
    const published: IncidentEvent = {
      type: 'published',
      at: at(3),
      step: 'aviso-corto',
      response: 'aviso-corto',
      channel: 'x',
      text: '…',
      edited: false,
    };
    const base = [
      opened,
      crisis,
      answer('vars.aviso-corto.problema', 'r'),
      published,
      answer('message.aviso-corto.instagram', 'skip'),
    ];
    expect(nextStepQuestion(playbook, replay(base), step('aviso-corto'), response('aviso-corto'))).toEqual({
      kind: 'links',
      channels: ['x'],
    });
    expect(
      nextStepQuestion(
        playbook,
        replay([...base, answer('links.aviso-corto', 'done')]),
        step('aviso-corto'),
        response('aviso-corto'),
      ),
    ).toEqual({ kind: 'finish', sent: true });
  });
  it('asks for the link of the post before a message that prints it, when the incident has none', () => {
    // `opened` has no link: the incident was opened without one.
    const typed = [opened, crisis, answer('vars.avisar-equipo.problema', 'r')];
    const text = response('aviso-interno').text!;
    expect(nextStepQuestion(playbook, replay(typed), step('avisar-equipo'), response('aviso-interno'), text)).toEqual({
      kind: 'incident-link',
    });
    const linked = replay([...typed, answer('incident.link', 'https://x.com/ana/status/9')]);
    expect(nextStepQuestion(playbook, linked, step('avisar-equipo'), response('aviso-interno'), text)).toMatchObject({
      kind: 'message',
    });
    expect(incidentFields(linked).link).toBe('https://x.com/ana/status/9');
    // A link printed only under {{#if incident.link}} is no question: the message simply leaves it out.
    const guarded = 'Aviso: {{problema}}.{{#if incident.link}} Enlace: {{incident.link}}{{/if}}';
    expect(
      nextStepQuestion(playbook, replay(typed), step('avisar-equipo'), response('aviso-interno'), guarded),
    ).toMatchObject({
      kind: 'message',
    });
  });
  it("drops a step's answers once it is done, and keeps them when it is left for later", () => {
    const typed = [opened, crisis, answer('vars.comunicado.problema', 'r')];
    const later = replay([...typed, { type: 'step', at: at(4), level: 'crisis', step: 'comunicado', status: 'later' }]);
    expect(later.drafts.get('vars.comunicado.problema')).toBe('r');
    const done = replay([...typed, { type: 'step', at: at(4), level: 'crisis', step: 'comunicado', status: 'done' }]);
    expect(done.drafts.has('vars.comunicado.problema')).toBe(false);
    expect(done.vars.get('problema')).toBe('r');
  });
});

describe('links pasted in one answer', () => {
  it.each([
    [
      'https://facebook.com/miravista/posts/1 https://miravista.example/blog/1',
      { facebook: 'https://facebook.com/miravista/posts/1', web: 'https://miravista.example/blog/1' },
    ],
    [
      'https://miravista.example/blog/1 https://facebook.com/miravista/posts/1',
      { facebook: 'https://facebook.com/miravista/posts/1', web: 'https://miravista.example/blog/1' },
    ],
    ['https://fb.me/1', { facebook: 'https://fb.me/1' }],
    ['', {}],
    ['no es un enlace', {}],
    ['www.facebook.com/miravista/posts/1', { facebook: 'https://www.facebook.com/miravista/posts/1' }],
  ])('"%s"', (text, expected) => {
    expect(Object.fromEntries(matchLinks(playbook, ['facebook', 'web'], text))).toEqual(expected);
  });
});

describe('channels with private messages', () => {
  it.each([
    [{ id: 'x', name: 'X', format: 'short' as const }, true],
    [{ id: 'insta', name: 'Instagram', format: 'short' as const, url: 'https://www.instagram.com/a' }, true],
    [{ id: 'web', name: 'Blog', format: 'long' as const, url: 'https://miravista.example/blog' }, false],
    [{ id: 'google', name: 'Google reviews', format: 'short' as const }, false],
    [{ id: 'web', name: 'Blog', format: 'long' as const, private_messages: true }, true],
    [{ id: 'whatsapp', name: 'WhatsApp', format: 'short' as const, private_messages: false }, false],
  ])('%j: %s', (channel, expected) => {
    expect(allowsPrivateMessages(channel)).toBe(expected);
  });
});

describe('a step interrupted by a level change', () => {
  it('is walked again when the level comes back', () => {
    const events: IncidentEvent[] = [
      opened,
      crisis,
      { type: 'level', at: at(5), level: 'comentario-negativo', reason: 'Se calma' },
      {
        type: 'step',
        at: at(5),
        level: 'crisis',
        step: 'aviso-corto',
        status: 'later',
        reason: 'level-change',
        interrupted: true,
      },
    ];
    expect(replay(events).steps.get('aviso-corto')).toMatchObject({ interrupted: true });
    const back = replay([...events, { type: 'level', at: at(9), level: 'crisis', reason: 'Vuelve' }]);
    expect(back.steps.has('aviso-corto')).toBe(false);
  });
});
