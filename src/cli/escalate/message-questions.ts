import { DRAFT, questionKey as key, stepDraft } from '../../escalate/draft-keys.js';
import { matchLinks, type StepQuestion } from '../../escalate/step-progress.js';
import type { Response, Step } from '../../model/schema.js';
import { readLink, readLinks } from '../../model/typed-link.js';
import { MORE } from '../prompts.js';
import { message } from './messages.js';
import type { WalkSession } from './session.js';

// The questions a message asks, for a step of the plan and a public update alike (update.ts): its
// variables, the post that started the incident when it links it, and the links of its posts.

/** The links of the posts a step just published, in one answer. */
async function askLinks(s: WalkSession, step: Step, channels: string[]): Promise<void> {
  const names = channels.map((id) => s.index.channels.get(id)?.name ?? id).join(', ');
  const text = await s.prompter.input({
    key: key.links(step.id),
    message: s.t('walk.ask.links', { channels: names, count: channels.length }),
    validate: (value) => {
      const { refused } = readLinks(value);
      return refused === undefined || s.t('link.invalidList', { text: refused });
    },
  });
  for (const [channel, url] of matchLinks(s.playbook, channels, text))
    s.record({ type: 'post-link', at: s.at(), step: step.id, channel, url });
  s.draft(stepDraft.links(step.id), 'done');
}

/**
 * A variable of the message, for a step or an update alike, kept as a draft. Esc leaves the
 * question and MORE is returned, for the caller's menu, which `hint` names (a step's: back, later, skip).
 */
export async function askVariable(
  s: WalkSession,
  stepId: string,
  question: Extract<StepQuestion, { kind: 'var' }>,
  hint: string,
): Promise<string | typeof MORE> {
  const example = question.example ? s.t('walk.example', { example: question.example }) : '';
  const ask = {
    key: key.variable(stepId, question.name),
    message: s.t('walk.ask.var', { description: question.description, example }),
    default: question.default,
    validate: s.required,
  };
  const value = await s.prompter.field({ ...ask, hint });
  if (value !== MORE) s.draft(stepDraft.variable(stepId, question.name), value.trim());
  return value;
}

/** The post that started the incident, for a message that links it: a message is never rendered with a blank. */
async function askIncidentLink(s: WalkSession): Promise<void> {
  const link = await s.prompter.input({
    key: key.link,
    message: s.t('walk.ask.incidentLink'),
    validate: (value) =>
      readLink(value) !== undefined ||
      (value.trim() === '' ? s.required(value) : s.t('link.invalid', { text: value.trim() })),
  });
  s.draft(DRAFT.incidentLink, readLink(link)!);
}

type MessagePart = Extract<StepQuestion, { kind: 'message' | 'links' | 'incident-link' }>;

/** What a step and an update ask alike once their variables are in: the message, the incident's link, the posts' links. True means pause. */
export async function askMessagePart(
  s: WalkSession,
  step: Step,
  response: Response,
  question: MessagePart,
): Promise<boolean> {
  if (question.kind === 'message') return message(s, step, response, question);
  if (question.kind === 'links') await askLinks(s, step, question.channels);
  else await askIncidentLink(s);
  return false;
}
