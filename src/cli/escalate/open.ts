import { questionKey as key, DRAFT } from '../../escalate/draft-keys.js';
import { readLink } from '../../model/typed-link.js';
import { brandDay, parseOperatorTime } from '../../escalate/wall-clock.js';
import { nextOpening, openedEvent, splitSummary } from '../../escalate/opening.js';
import type { WalkSession } from './session.js';

/**
 * The first questions: what is happening (a pasted link names the channel), and when the team
 * first saw it, in the brand's clock. Each answer is a draft on disk before the next question.
 */
export async function openIncident(s: WalkSession, id: string): Promise<void> {
  const timeZone = s.playbook.brand.timezone;
  for (let question = nextOpening(s.playbook, s.opening); question; question = nextOpening(s.playbook, s.opening)) {
    if (question === 'summary') {
      const { summary, link } = splitSummary(
        await s.prompter.input({ key: key.summary, message: s.t('walk.ask.summary'), validate: s.required }),
      );
      s.draft(DRAFT.summary, summary);
      if (link) s.draft(DRAFT.link, link);
    } else if (question === 'link') {
      // Empty when there is none; anything else must read as a link, or it would be lost.
      const validate = (value: string) =>
        value.trim() === '' || readLink(value) !== undefined || s.t('link.invalidOrNone', { text: value.trim() });
      const answer = await s.prompter.input({ key: key.link, message: s.t('walk.ask.link'), validate });
      s.draft(DRAFT.link, readLink(answer) ?? '');
    } else if (question === 'channel') {
      const choices = [
        ...s.playbook.channels.map((c) => ({ value: c.id, name: c.name })),
        { value: '', name: s.t('walk.channel.other') },
      ];
      let channel = await s.prompter.select({ key: key.channel, message: s.t('walk.ask.channel'), choices });
      if (channel === '') channel = await s.answer(key.channel, s.t('walk.ask.channelOther'));
      s.draft(DRAFT.channel, channel);
    } else {
      // Read once: an empty answer keeps the very minute the question offered as "now". The
      // instant checked is the one kept: read again, "-20m" could move by a minute.
      const shown = s.now();
      let accepted: Date | undefined;
      const answer = await s.prompter.input({
        key: key.detected,
        message: s.t('walk.ask.detected', { now: s.clock(shown) }),
        validate: (value) => {
          const now = s.now();
          const parsed = parseOperatorTime(value, now, timeZone, shown);
          accepted = parsed.ok ? parsed.date : undefined;
          if (parsed.ok) return true;
          const yesterday = brandDay(new Date(now.getTime() - 86_400_000), timeZone);
          return parsed.problem === 'future'
            ? s.t('walk.invalid.future', { now: s.clock(now), yesterday })
            : s.t('walk.invalid.detected', { now: s.clock(shown), yesterday });
        },
      });
      const parsed = accepted
        ? { ok: true as const, date: accepted }
        : parseOperatorTime(answer, s.now(), timeZone, shown);
      if (!parsed.ok) continue;
      s.draft(DRAFT.detected, parsed.date.toISOString());
      s.say(s.t('walk.detectedEcho', { time: s.clock(parsed.date) }));
    }
  }
  s.record(openedEvent(s.playbook, s.opening, id, s.at(), s.drill));
}
