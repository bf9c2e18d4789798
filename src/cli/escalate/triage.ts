import { questionKey as key } from '../../escalate/draft-keys.js';
import { triageDraft, triageQuestion } from '../../escalate/draft-keys.js';
import { nextTriageQuestion, triage } from '../../escalate/triage.js';
import type { WalkSession } from './session.js';
import { known } from '../../model/plan-index.js';

/** Triage, one answer on disk at a time, until an answer reaches the plan's most severe level. */
export async function doTriage(s: WalkSession): Promise<void> {
  const given = new Map<string, string>();
  for (const [key, value] of s.incident.drafts) {
    const question = triageQuestion(key);
    if (question !== undefined) given.set(question, value);
  }
  for (let id = nextTriageQuestion(s.playbook, given); id !== undefined; id = nextTriageQuestion(s.playbook, given)) {
    const question = known(s.index.triage, id, 'triage question');
    const label = await s.choose(
      key.triage(id),
      question.question,
      question.options.map((o) => ({ value: o.label, name: o.label })),
    );
    s.draft(triageDraft(id), label);
    given.set(id, label);
  }
  const result = triage(s.playbook, Object.fromEntries(given));
  if (!result.ok) return;
  // The answers that led to the level, each with its question: "Yes" alone says nothing.
  const because = result.answers
    .filter((a) => a.level === result.level)
    .map((a) => `${s.index.triage.get(a.question)?.question ?? a.question} ${a.option}`);
  s.record({ type: 'triaged', at: s.at(), answers: result.answers, level: result.level });
  s.say(s.color.bold(s.t('walk.triage.result', { level: s.levelName(result.level), because: because.join('; ') })));
  s.say(s.color.dim(s.t('walk.triage.override')));
}
