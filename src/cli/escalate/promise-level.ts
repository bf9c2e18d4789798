import { questionKey as key, DRAFT } from '../../escalate/draft-keys.js';
import { parseDueTime } from '../../escalate/wall-clock.js';
import { currentLevel, nextPromiseId } from '../../escalate/replay.js';
import type { WalkSession } from './session.js';

// The two actions of several answers: each answer is a draft on disk, so a crash midway asks only
// the rest, and the walkthrough resumes them from their drafts before anything else.

/** A promise in three answers; those given are kept as drafts, so a crash midway asks only the rest. */
export async function promise(s: WalkSession): Promise<void> {
  const drafts = s.incident.drafts;
  const policy = s.playbook.policies.compensation;
  if (policy && !drafts.has(DRAFT.promiseTo))
    s.say(
      s.t('walk.compensation', { name: s.contactName(policy.approval_by), max: policy.max ? ` · ${policy.max}` : '' }),
    );
  if (!drafts.has(DRAFT.promiseTo)) s.draft(DRAFT.promiseTo, await s.answer(key.promiseTo, s.t('walk.ask.promiseTo')));
  if (!drafts.has(DRAFT.promiseWhat))
    s.draft(DRAFT.promiseWhat, await s.answer(key.promiseWhat, s.t('walk.ask.promiseWhat')));
  if (!drafts.has(DRAFT.promiseDue)) s.draft(DRAFT.promiseDue, await askDue(s, policy?.promise_within));
  const by = await s.choose(
    key.promiseBy,
    s.t('walk.ask.promiseBy'),
    s.playbook.contacts.map((c) => ({ value: c.id, name: c.name })),
    policy?.approval_by,
  );
  const to = drafts.get(DRAFT.promiseTo)!;
  const what = drafts.get(DRAFT.promiseWhat)!;
  // An empty draft is "no due date": asked, and answered so.
  const due = drafts.get(DRAFT.promiseDue) || undefined;
  s.record({ type: 'promise', at: s.at(), promise: nextPromiseId(s.incident), to, what, approved_by: by, due });
  s.say(
    due ? s.t('walk.recorded.promiseDue', { what, to, due: s.clock(due) }) : s.t('walk.recorded.promise', { what, to }),
  );
}

/**
 * When the promise is due, as an instant: the plan's `promise_within` is the answer Enter gives;
 * without one, Enter means no due date. A duration counts from the moment it is answered.
 */
async function askDue(s: WalkSession, within: string | undefined): Promise<string> {
  const zone = s.playbook.brand.timezone;
  // The instant checked is the one kept: a clock read again could move a "18:00" into the past.
  let accepted: Date | undefined;
  const answer = await s.prompter.input({
    key: key.promiseDue,
    message: within ? s.t('walk.ask.promiseDue', { within }) : s.t('walk.ask.promiseDueNone'),
    default: within,
    validate: (value) => {
      accepted = undefined;
      if (value.trim() === '') return true;
      const parsed = parseDueTime(value, s.now(), zone);
      if (parsed.ok) accepted = parsed.date;
      if (parsed.ok) return true;
      const key =
        parsed.problem === 'past'
          ? 'walk.invalid.duePast'
          : parsed.problem === 'tooFar'
            ? 'walk.invalid.dueFar'
            : 'walk.invalid.due';
      return s.t(key, { now: s.clock(s.now()) });
    },
  });
  if (answer.trim() === '') return '';
  const date = accepted ?? (parseDueTime(answer, s.now(), zone) as { date?: Date }).date;
  return date?.toISOString() ?? '';
}

/** The level by hand: the choice is kept as a draft until its reason is given. */
export async function changeLevel(s: WalkSession): Promise<void> {
  const drafts = s.incident.drafts;
  if (!drafts.has(DRAFT.levelChoice)) {
    const current = currentLevel(s.incident);
    const choices = s.playbook.levels
      .filter((l) => l.id !== current)
      .map((l) => ({ value: l.id, name: `${l.name} (${l.respond_within})` }));
    s.draft(DRAFT.levelChoice, await s.choose(key.level, s.t('walk.ask.level'), choices));
  }
  const level = drafts.get(DRAFT.levelChoice)!;
  const reason = await s.answer(key.levelReason, s.t('walk.ask.reason'));
  const before = s.index.levels.get(currentLevel(s.incident) ?? '')?.severity;
  const after = s.index.levels.get(level)?.severity;
  s.record({ type: 'level', at: s.at(), level, reason });
  // Said with its direction and time: a drill's transcript shows the change where a person answered it.
  const change =
    before === undefined || after === undefined || before === after
      ? 'walk.recorded.levelSet'
      : after > before
        ? 'walk.recorded.levelRaised'
        : 'walk.recorded.levelLowered';
  s.say(s.t(change, { level: s.levelName(level), time: s.clock(s.now()), reason }));
}
