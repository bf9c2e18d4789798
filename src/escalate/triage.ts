import type { Playbook } from '../model/schema.js';
import type { EventOf } from './events.js';

export type TriageAnswers = Record<string, string | number>;

export type TriageResult =
  | { ok: true; answers: EventOf<'triaged'>['answers']; level: string }
  | { ok: false; problem: 'unknownQuestion' | 'unknownOption' | 'missingAnswer'; question: string; answer?: string };

type Question = NonNullable<Playbook['triage']>[number];

/** An option by its label (any case) or its 1-based number, as a script or a person at a terminal gives it. */
export function findOption(question: Question, answer: string | number): Question['options'][number] | undefined {
  if (typeof answer === 'number' || /^\d+$/.test(answer)) return question.options[Number(answer) - 1];
  const wanted = answer.trim().toLowerCase();
  return question.options.find((candidate) => candidate.label.trim().toLowerCase() === wanted);
}

function severities(playbook: Playbook): Map<string, number> {
  return new Map(playbook.levels.map((level) => [level.id, level.severity]));
}

/**
 * The next triage question to ask, or none: questions are asked in order until one answer
 * reaches the plan's most severe level, since no later answer can raise it further.
 */
export function nextTriageQuestion(playbook: Playbook, given: ReadonlyMap<string, string>): string | undefined {
  const severity = severities(playbook);
  const worst = Math.max(...playbook.levels.map((level) => level.severity));
  for (const question of playbook.triage ?? []) {
    const label = given.get(question.id);
    if (label === undefined) return question.id;
    const option = findOption(question, label);
    if (option && severity.get(option.level) === worst) return undefined;
  }
  return undefined;
}

/**
 * The level the answers lead to: the most severe among the chosen options. Questions after an
 * answer that reached the most severe level need no answer.
 */
export function triage(playbook: Playbook, given: TriageAnswers): TriageResult {
  const questions = playbook.triage ?? [];
  const known = new Set(questions.map((question) => question.id));
  for (const id of Object.keys(given)) {
    if (!known.has(id)) return { ok: false, problem: 'unknownQuestion', question: id };
  }
  const severity = severities(playbook);
  const worst = Math.max(...playbook.levels.map((level) => level.severity));
  const answers: EventOf<'triaged'>['answers'] = [];
  let level: string | undefined;
  for (const question of questions) {
    if (level !== undefined && severity.get(level) === worst) break;
    const answer = Object.hasOwn(given, question.id) ? given[question.id] : undefined;
    if (answer === undefined) return { ok: false, problem: 'missingAnswer', question: question.id };
    const option = findOption(question, answer);
    if (!option) return { ok: false, problem: 'unknownOption', question: question.id, answer: String(answer) };
    answers.push({ question: question.id, option: option.label, level: option.level });
    if (level === undefined || (severity.get(option.level) ?? -Infinity) > (severity.get(level) ?? -Infinity))
      level = option.level;
  }
  return level === undefined ? { ok: false, problem: 'missingAnswer', question: '' } : { ok: true, answers, level };
}
