import type { Playbook } from '../model/schema.js';
import type { EventOf } from './events.js';

export type TriageAnswers = Record<string, string | number>;

export type TriageResult =
  | { ok: true; answers: EventOf<'triaged'>['answers']; level: string }
  | { ok: false; problem: 'unknownQuestion' | 'unknownOption' | 'missingAnswer'; question: string; answer?: string };

/**
 * The level the answers lead to: the most severe among the chosen options. An answer is an
 * option's label or its 1-based number, as a script or a person at a terminal gives it.
 */
export function triage(playbook: Playbook, given: TriageAnswers): TriageResult {
  const questions = playbook.triage ?? [];
  for (const id of Object.keys(given)) {
    if (!questions.some((question) => question.id === id)) return { ok: false, problem: 'unknownQuestion', question: id };
  }
  const answers: EventOf<'triaged'>['answers'] = [];
  for (const question of questions) {
    const answer = given[question.id];
    if (answer === undefined) return { ok: false, problem: 'missingAnswer', question: question.id };
    const option =
      typeof answer === 'number' || /^\d+$/.test(answer)
        ? question.options[Number(answer) - 1]
        : question.options.find((candidate) => candidate.label.trim().toLowerCase() === answer.trim().toLowerCase());
    if (!option) return { ok: false, problem: 'unknownOption', question: question.id, answer: String(answer) };
    answers.push({ question: question.id, option: option.label, level: option.level });
  }
  const severity = (id: string) => playbook.levels.find((level) => level.id === id)?.severity ?? -Infinity;
  const level = answers.reduce<string | undefined>((worst, answer) => (worst === undefined || severity(answer.level) > severity(worst) ? answer.level : worst), undefined);
  return level === undefined ? { ok: false, problem: 'missingAnswer', question: '' } : { ok: true, answers, level };
}
