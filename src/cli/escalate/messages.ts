import { adviceOf } from '../../escalate/comment-rules.js';
import { questionKey as key, draftVariable, stepDraft } from '../../escalate/draft-keys.js';
import type { EventOf } from '../../escalate/events.js';
import { incidentFields } from '../../escalate/incident-fields.js';
import type { StepQuestion } from '../../escalate/step-progress.js';
import type { Response, Step } from '../../model/schema.js';
import { dictionary } from '../../model/user-keys.js';
import { checkMessage, type MessageProblem } from '../../messages/check-message.js';
import { composeUrl } from '../../messages/compose-url.js';
import { renderMessage } from '../../messages/render-response.js';
import { refusalText } from '../comments/comment-words.js';
import { copyToClipboard, openInBrowser } from '../hand-off.js';
import { wrapText } from '../terminal-text.js';
import { act, isAction, menu } from './actions.js';
import type { WalkSession } from './session.js';
import { showMessage } from './show-message.js';

function variables(s: WalkSession, step: Step): Record<string, string> {
  return dictionary(
    [...s.incident.drafts].flatMap(([key, value]) => {
      const variable = draftVariable(key);
      return variable?.step === step.id ? [[variable.name, value] as [string, string]] : [];
    }),
  );
}

/** The checks a text failed, by rule id; none when it no longer renders (the plan changed since): a note must not stop a publication. */
function failedChecks(check: () => MessageProblem[]): string[] {
  try {
    return [...new Set(check().map((problem) => problem.ruleId))];
  } catch {
    return [];
  }
}

type Choice = 'publish' | 'copy' | 'compose' | 'edit' | 'skip';

/**
 * One message for one channel: rendered, framed to copy, checked with advice, then published
 * (or sent, for a private reply or the team), copied, opened in the network's compose page,
 * edited or left out. A message failing any check is not published with one Enter: the default
 * becomes "Edit it", and recording it anyway is confirmed. True means pause.
 */
export async function message(
  s: WalkSession,
  step: Step,
  response: Response,
  question: Extract<StepQuestion, { kind: 'message' }>,
): Promise<boolean> {
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
    const warnings = problems.map((problem) =>
      wrapText(`${refusalText(adviceOf(problem), (key, params) => s.t(key, params))} (${problem.ruleId})`, s.width - 2),
    );
    const shown = await showMessage(s, { audience, channel: channelName, max: checked.max_length }, text, warnings);
    // Any failed check, a topic to avoid too, is kept from going out with one Enter: the person
    // edits it, or confirms recording it as it is.
    const anyFailed = problems.length > 0;
    const own: Array<{ value: Choice; name: string }> = [
      {
        value: 'publish',
        name: s.t(
          audience === 'public' ? 'walk.publish' : audience === 'private' ? 'walk.sentPrivately' : 'walk.sentToTeam',
        ),
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
    const said = {
      public: 'walk.recorded.published',
      private: 'walk.recorded.sentPrivately',
      internal: 'walk.recorded.sentToTeam',
    } as const;
    s.say(s.t(said[audience], { channel: channelName, time: s.clock(new Date(event.at)) }));
    return false;
  }
}
