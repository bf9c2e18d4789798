import { DRAFT, questionKey as key, stepDraft } from '../../escalate/draft-keys.js';
import type { EventOf } from '../../escalate/events.js';
import { incidentFields } from '../../escalate/incident-fields.js';
import { matchLinks, type StepQuestion } from '../../escalate/step-progress.js';
import type { Response, Step } from '../../model/schema.js';
import { readLink, readLinks } from '../../model/typed-link.js';
import { checkMessage } from '../../messages/check-message.js';
import { composeUrl } from '../../messages/compose-url.js';
import { renderMessage } from '../../messages/render-response.js';
import { copyToClipboard, openInBrowser } from '../hand-off.js';
import { MORE } from '../prompts.js';
import { act, isAction, menu } from './actions.js';
import { failedChecks, showMessage, variables } from './message-screen.js';
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
type StepMessage = Extract<MessagePart, { kind: 'message' }>;

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

type Choice = 'publish' | 'copy' | 'compose' | 'edit' | 'skip';

/** For each audience, what publishing is called in the menu, and what is said once it is done. */
const AUDIENCE = {
  public: ['walk.publish', 'walk.recorded.published'],
  private: ['walk.sentPrivately', 'walk.recorded.sentPrivately'],
  internal: ['walk.sentToTeam', 'walk.recorded.sentToTeam'],
} as const;

/**
 * One message for one channel: rendered, framed to copy, checked with advice, then published
 * (or sent, for a private reply or the team), copied, opened in the network's compose page,
 * edited or left out. A message failing any check is not published with one Enter: the default
 * becomes "Edit it", and recording it anyway is confirmed. True means pause.
 */
async function message(s: WalkSession, step: Step, response: Response, question: StepMessage): Promise<boolean> {
  const { channel, audience } = question;
  const channelName = channel.id === 'team' ? s.t('walk.team') : channel.name;
  const rendered = () =>
    renderMessage(
      s.playbook,
      response,
      s.templateText(response),
      channel,
      incidentFields(s.incident),
      variables(s, step),
    ).text;
  let text = question.edited ?? rendered();
  const compose = audience === 'public' ? composeUrl(channel, text) : undefined;
  for (;;) {
    // A private message is not a post: the channel's length limit for posts does not apply to it.
    const checked = audience === 'private' ? { ...channel, max_length: undefined } : channel;
    const checks = (of: string) => checkMessage(of, checked, response, s.playbook);
    const problems = checks(text);
    const shown = await showMessage(s, { audience, channel: channelName, max: checked.max_length }, text, problems);
    // Any failed check, a topic to avoid too, is kept from going out with one Enter: the person
    // edits it, or confirms recording it as it is.
    const anyFailed = problems.length > 0;
    const own: Array<{ value: Choice; name: string }> = [
      {
        value: 'publish',
        name: s.t(AUDIENCE[audience][0]),
      },
      { value: 'copy', name: s.t('walk.copy') },
      ...(compose ? [{ value: 'compose' as const, name: s.t('walk.compose', { channel: channelName }) }] : []),
      { value: 'edit', name: s.t('walk.edit') },
      { value: 'skip', name: s.t(audience === 'internal' ? 'walk.skipTeam' : 'walk.skipChannel') },
    ];
    const choice = await menu(
      s,
      key.message(step.id, channel.id),
      s.t('walk.ask.message', { channel: channelName }),
      own,
      anyFailed ? 'edit' : 'publish',
      { response: response.id, problems },
      shown,
    );
    if (isAction(choice)) return act(s, choice);
    if (choice === 'skip') {
      s.draft(stepDraft.left(step.id, channel.id), 'skip');
      s.say(
        s.t(audience === 'internal' ? 'walk.recorded.teamLeftOut' : 'walk.recorded.leftOut', { channel: channelName }),
      );
      return false;
    }
    if (choice === 'copy') {
      const via = await copyToClipboard(text, s.ctx.env, (bytes) => s.ctx.streams.stdout.write(bytes));
      s.record({ type: 'handoff', at: s.at(), step: step.id, channel: channel.id, via });
      s.say(s.t(via === 'clipboard' ? 'walk.copied' : 'walk.copied.osc52'));
      continue;
    }
    if (choice === 'compose' && compose) {
      const opened = await openInBrowser(composeUrl(channel, text)!);
      s.record({ type: 'handoff', at: s.at(), step: step.id, channel: channel.id, via: 'compose' });
      s.say(s.t(opened ? 'walk.composeOpened' : 'walk.composeUrl', { url: composeUrl(channel, text)! }));
      continue;
    }
    if (choice === 'edit') {
      text = (
        await s.prompter.editText({
          key: key.edit(step.id, channel.id),
          message: s.t(text.includes('\n') ? 'walk.ask.editor' : 'walk.ask.edit'),
          default: text,
          validate: s.required,
        })
      ).trim();
      s.draft(stepDraft.text(step.id, channel.id), text);
      continue;
    }
    if (
      anyFailed &&
      !(await s.prompter.confirm({
        key: key.publishAnyway(step.id, channel.id),
        message: s.t('walk.confirmPublish'),
        default: false,
      }))
    )
      continue;
    const edited = s.incident.drafts.has(stepDraft.text(step.id, channel.id));
    const event: EventOf<'published'> = {
      type: 'published',
      at: s.at(),
      step: step.id,
      response: response.id,
      channel: channel.id,
      text,
      edited,
    };
    // The report says why a message was changed: the checks it failed as the plan rendered it.
    const failed = edited ? failedChecks(() => checks(rendered())) : [];
    if (failed.length > 0) event.failed_checks = failed;
    if (audience !== 'public') event.audience = audience;
    s.record(event);
    // Said with its time, as every other step of the incident: a drill shows no menu to read it from.
    s.say(s.t(AUDIENCE[audience][1], { channel: channelName, time: s.clock(new Date(event.at)) }));
    return false;
  }
}
