// The keys that name answers, in one typed module. Drafts (`answer` events, events.ts) are written
// by the walkthrough's phases and read back by the core (step-progress, update-step, opening,
// replay); script keys name the answers of a drill (docs/escalate-script.md) in its messages. A
// key renamed on one side only fails to compile, rather than asking a question again for ever.

/** Drafts with a fixed key. */
export const DRAFT = {
  summary: 'open.summary',
  link: 'open.link',
  channel: 'open.channel',
  detected: 'open.detected',
  levelChoice: 'level.choice',
  promiseTo: 'promise.to',
  promiseWhat: 'promise.what',
  promiseDue: 'promise.due',
  updateStep: 'update.step',
  updateResponse: 'update.response',
  resolution: 'close.resolution',
  /** The post that started the incident, asked when a message links it and the opening gave none. */
  incidentLink: 'incident.link',
  statementPage: 'statement.page',
  statementOffered: 'statement.offered',
} as const;

/** The drafts of one step (or update) in progress; dropped when it is done or skipped (replay.ts). */
export const stepDraft = {
  variable: (step: string, name: string) => `vars.${step}.${name}` as const,
  privateChannel: (step: string) => `private.${step}` as const,
  left: (step: string, channel: string) => `message.${step}.${channel}` as const,
  text: (step: string, channel: string) => `text.${step}.${channel}` as const,
  links: (step: string) => `links.${step}` as const,
};

export const triageDraft = (question: string) => `triage.${question}` as const;

export type DraftKey =
  | (typeof DRAFT)[keyof typeof DRAFT]
  | ReturnType<(typeof stepDraft)[keyof typeof stepDraft]>
  | ReturnType<typeof triageDraft>;

/** What a fact clears once recorded: the drafts whose keys begin so. */
export const DRAFT_GROUP = {
  triage: 'triage.',
  level: 'level.',
  update: 'update.',
  promise: 'promise.',
  close: 'close.',
} as const;
export const STEP_DRAFT_PARTS = ['vars', 'message', 'text', 'private', 'links'] as const;

/** The question a triage draft answers, or undefined for any other draft. */
export function triageQuestion(key: string): string | undefined {
  return key.startsWith(DRAFT_GROUP.triage) ? key.slice(DRAFT_GROUP.triage.length) : undefined;
}

/** The variable a draft gives, `vars.<step>.<name>`: its last value is the default wherever it is asked again. */
export function draftVariable(key: string): { step: string; name: string } | undefined {
  const match = /^vars\.([^.]+)\.(.+)$/.exec(key);
  return match ? { step: match[1]!, name: match[2]! } : undefined;
}

/** The keys of a drill script (docs/escalate-script.md), as its messages name them. */
export const scriptKey = {
  step: (step: string) => `steps.${step}`,
  variable: (answers: string, name: string) => `${answers}.vars.${name}`,
  published: (answers: string, channel: string) => `${answers}.published.${channel}`,
  reason: (answers: string) => `${answers}.reason`,
  at: (answers: string) => `${answers}.at`,
  asked: (step: string, department: string) => `steps.${step}.asked.${department}.answered`,
  notify: (contact: string) => `notify.${contact}`,
  triage: (question: string) => `triage.${question}`,
  event: (index: number) => `events[${index}]`,
  comment: (index: number) => `comments[${index}]`,
  overrideLevel: 'override.level',
  close: 'close',
  closeAt: 'close.at',
  statementOut: 'statement.out',
} as const;

/**
 * The key of each question the walkthrough asks (Prompter's `key`), in the script's terms where
 * the script answers it: `steps.<step>.vars.<name>`, `notify.<contact>`, `triage.<question>`.
 */
export const questionKey = {
  summary: 'incident.summary',
  link: 'incident.link',
  channel: 'incident.channel',
  detected: 'incident.detected_at',
  triage: scriptKey.triage,
  onDuty: 'on-duty',
  notify: scriptKey.notify,
  /** Several contacts called at once: whom the operator reached. */
  reached: 'notify',
  level: 'level',
  levelReason: 'level.reason',
  step: scriptKey.step,
  stepReason: (step: string) => scriptKey.reason(scriptKey.step(step)),
  variable: (step: string, name: string) => scriptKey.variable(scriptKey.step(step), name),
  privateChannel: (step: string) => `${scriptKey.step(step)}.private`,
  message: (step: string, channel: string) => scriptKey.published(scriptKey.step(step), channel),
  edit: (step: string, channel: string) => `${scriptKey.step(step)}.text.${channel}`,
  publishAnyway: (step: string, channel: string) => `${scriptKey.step(step)}.confirm.${channel}`,
  links: (step: string) => `${scriptKey.step(step)}.published`,
  note: 'note',
  promiseTo: 'promise.to',
  promiseWhat: 'promise.what',
  promiseDue: 'promise.due',
  promiseBy: 'promise.approved_by',
  answered: 'answered',
  close: scriptKey.close,
  resolution: 'close.resolution',
  lessons: 'close.lessons',
  statementOffer: 'statement.offer',
  statementPath: scriptKey.statementOut,
  /** The comment queue's menu, and a comment added there by its link and words. */
  comments: 'comments',
  commentLink: 'comments.link',
  commentText: 'comments.text',
  /** What was done with one comment, then each detail of it: `comments.<id>.channel`. */
  comment: (id: string) => `comments.${id}`,
  commentPart: (id: string, part: 'channel' | 'with' | 'text' | 'reason' | 'anyway' | 'block') =>
    `comments.${id}.${part}`,
  commentVariable: (id: string, name: string) => `comments.${id}.vars.${name}`,
} as const;

/** The comment queue's own choices beside its items, which a script picks by value as a person does. */
export const COMMENT_CHOICE = { add: '@add', back: '@back', ownWords: '@own' } as const;
