import { departmentDue, localTime, responseDeadline, stepDue } from '../escalate/deadlines.js';
import type { IncidentEvent } from '../escalate/events.js';
import { nextQuestion, notifyPlan } from '../escalate/next-question.js';
import { currentLevel, replay, type IncidentState } from '../escalate/replay.js';
import { incidentFields } from '../escalate/run-script.js';
import { triage } from '../escalate/triage.js';
import type { Playbook, Response, Step } from '../model/schema.js';
import { checkMessage, messageLength } from '../templates/check-message.js';
import { stepChannels } from '../templates/render-context.js';
import { renderMessage } from '../templates/render-response.js';
import type { Context } from './context.js';
import type { Choice, Prompter } from './prompts.js';

export interface WalkInput {
  ctx: Context;
  playbook: Playbook;
  prompter: Prompter;
  templateText: (response: Response) => string;
  /** The journal so far: empty for a new incident, replayed on --resume. */
  events: IncidentEvent[];
  /** Appends to the journal and flushes it to disk before the next question is asked. */
  record: (event: IncidentEvent) => void;
  now: () => Date;
  id: string;
}

const ACTIONS = ['note', 'promise', 'level', 'answered', 'tell-late', 'pause'] as const;
type Action = (typeof ACTIONS)[number];

/** "21:05" today, "-20m" ago, or empty for now: how a person says when they first saw it. */
export function parseWhen(text: string, now: Date): Date | undefined {
  const value = text.trim();
  if (value === '') return now;
  const ago = /^-(\d+)(m|h)$/.exec(value);
  if (ago) return new Date(now.getTime() - Number(ago[1]) * (ago[2] === 'h' ? 3_600_000 : 60_000));
  const clock = /^(\d{1,2}):(\d{2})$/.exec(value);
  if (!clock || Number(clock[1]) > 23 || Number(clock[2]) > 59) return undefined;
  const at = new Date(now);
  at.setHours(Number(clock[1]), Number(clock[2]), 0, 0);
  return at > now ? new Date(at.getTime() - 86_400_000) : at;
}

/** The interactive escalation: the core asks (next-question.ts), this module puts it to a person. */
export async function walkthrough(input: WalkInput): Promise<'closed' | 'paused'> {
  const { ctx, playbook, prompter, events, now } = input;
  const { t, log } = ctx;
  const at = () => now().toISOString();
  const time = (iso: string | Date) => localTime(typeof iso === 'string' ? iso : iso.toISOString(), playbook, ctx.lang);
  const record = (event: IncidentEvent) => {
    input.record(event);
    events.push(event);
  };
  const contactName = (id: string) => playbook.contacts.find((c) => c.id === id)?.name ?? id;
  const levelName = (id: string) => playbook.levels.find((l) => l.id === id)?.name ?? id;
  const required = (value: string) => value.trim() !== '' || t('init.invalid.required');

  function lateDepartments(state: IncidentState) {
    return [...state.departments].filter(([id, asked]) => {
      const due = departmentDue(asked.askedAt, playbook.departments?.find((d) => d.id === id)?.respond_within);
      return !asked.answeredAt && due !== undefined && due < now();
    });
  }

  /** A question with the actions that are possible at any time after its own choices. */
  async function menu<T extends string>(message: string, own: Array<Choice<T>>): Promise<T | Action> {
    const state = replay(events);
    const actions: Array<Choice<Action>> = [
      { value: 'note', name: t('walk.action.note') },
      { value: 'promise', name: t('walk.action.promise') },
      { value: 'level', name: t('walk.action.level') },
    ];
    if ([...state.departments.values()].some((d) => !d.answeredAt)) actions.push({ value: 'answered', name: t('walk.action.answered') });
    if (playbook.policies.escalate_to && lateDepartments(state).length > 0) actions.push({ value: 'tell-late', name: t('walk.action.tellLate', { name: contactName(playbook.policies.escalate_to) }) });
    actions.push({ value: 'pause', name: t('walk.action.pause') });
    return prompter.select<T | Action>({ message, choices: [...own, ...actions] });
  }

  /** Runs an at-any-time action; true means pause. */
  async function act(action: Action): Promise<boolean> {
    const state = replay(events);
    if (action === 'pause') return true;
    if (action === 'note') record({ type: 'note', at: at(), text: await prompter.input({ message: t('walk.ask.note'), validate: required }) });
    if (action === 'promise') {
      const policy = playbook.policies.compensation;
      if (policy) log.out(t('walk.compensation', { name: contactName(policy.approval_by), max: policy.max ? ` · ${policy.max}` : '' }));
      const to = await prompter.input({ message: t('walk.ask.promiseTo'), validate: required });
      const what = await prompter.input({ message: t('walk.ask.promiseWhat'), validate: required });
      const by = await prompter.select({ message: t('walk.ask.promiseBy'), choices: playbook.contacts.map((c) => ({ value: c.id, name: c.name })), default: policy?.approval_by });
      record({ type: 'promise', at: at(), promise: `${input.id}-${state.promises.size + 1}`, to, what, approved_by: by });
    }
    if (action === 'level') await changeLevel(currentLevel(state));
    if (action === 'answered') {
      const waiting = [...state.departments].filter(([, d]) => !d.answeredAt).map(([id]) => id);
      const department = await prompter.select({ message: t('walk.ask.department'), choices: waiting.map((id) => ({ value: id, name: playbook.departments?.find((d) => d.id === id)?.name ?? id })) });
      record({ type: 'answered', at: at(), department });
    }
    if (action === 'tell-late' && playbook.policies.escalate_to) {
      const departments = lateDepartments(state).map(([id]) => playbook.departments?.find((d) => d.id === id)?.name ?? id).join(', ');
      record({ type: 'note', at: at(), text: t('walk.toldLate', { name: contactName(playbook.policies.escalate_to), departments }) });
    }
    return false;
  }

  async function changeLevel(current: string | undefined) {
    const level = await prompter.select({ message: t('walk.ask.level'), choices: playbook.levels.filter((l) => l.id !== current).map((l) => ({ value: l.id, name: `${l.name} (${l.respond_within})` })) });
    record({ type: 'level', at: at(), level, reason: await prompter.input({ message: t('walk.ask.reason'), validate: required }) });
  }

  function showDeadline(state: IncidentState) {
    const deadline = responseDeadline(playbook, state, now());
    if (!deadline) return;
    const left = deadline.status === 'met' ? t('walk.deadline.met') : deadline.minutesLeft >= 0 ? t('walk.deadline.left', { minutes: deadline.minutesLeft }) : t('walk.deadline.late', { minutes: -deadline.minutesLeft });
    const paint = deadline.status === 'met' ? log.color.green : deadline.minutesLeft >= 0 ? log.color.yellow : log.color.red;
    log.out(paint(t('walk.deadline', { level: levelName(deadline.level), due: time(deadline.due), left })));
    for (const [id, asked] of lateDepartments(state)) {
      const department = playbook.departments?.find((d) => d.id === id);
      log.out(log.color.red(t('walk.late', { department: department?.name ?? id, asked: time(asked.askedAt), within: department?.respond_within ?? '' })));
    }
  }

  async function open() {
    const summary = await prompter.input({ message: t('walk.ask.summary'), validate: required });
    let channel = await prompter.select({ message: t('walk.ask.channel'), choices: [...playbook.channels.map((c) => ({ value: c.id, name: c.name })), { value: '', name: t('walk.channel.other') }] });
    if (channel === '') channel = await prompter.input({ message: t('walk.ask.channelOther'), validate: required });
    const link = (await prompter.input({ message: t('walk.ask.link') })).trim();
    const detected = await prompter.input({ message: t('walk.ask.detected'), validate: (value) => parseWhen(value, now()) !== undefined || t('walk.invalid.detected') });
    record({ type: 'opened', at: at(), id: input.id, summary, channel, link: link || undefined, detected_at: parseWhen(detected, now())!.toISOString() });
  }

  async function doTriage() {
    const answers: Record<string, string> = {};
    for (const question of playbook.triage ?? []) {
      answers[question.id] = await prompter.select({ message: question.question, choices: question.options.map((o) => ({ value: o.label, name: o.label })) });
    }
    const result = triage(playbook, answers);
    if (!result.ok) return;
    const because = result.answers.filter((a) => a.level === result.level).map((a) => a.option).join('; ');
    log.out(log.color.bold(t('walk.triage.result', { level: levelName(result.level), because })));
    record({ type: 'triaged', at: at(), answers: result.answers, level: result.level });
    if (!(await prompter.confirm({ message: t('walk.ask.keepLevel'), default: true }))) await changeLevel(result.level);
  }

  async function notify(contactId: string, backupFor: string | undefined): Promise<boolean> {
    const contact = playbook.contacts.find((c) => c.id === contactId)!;
    const org = contact.external ? `${t('walk.contact.external')}${contact.organization ? ` ${contact.organization}` : ''}` : '';
    log.out(t('walk.contact', { name: contact.name, role: contact.role, org, phone: contact.phone ?? '', email: contact.email ?? '', backupFor: backupFor ? t('walk.contact.backupFor', { name: contactName(backupFor) }) : '' }));
    const choice = await menu(t('walk.ask.contact', { name: contact.name }), [
      { value: 'reached' as const, name: t('walk.reached') },
      { value: 'unreachable' as const, name: t('walk.unreachable') },
    ]);
    if (choice === 'reached' || choice === 'unreachable') {
      record({ type: 'contact', at: at(), contact: contactId, status: choice });
      for (const gone of notifyPlan(playbook, replay(events)).exhausted.filter((e) => e.contact === contactId || e.contact === backupFor)) {
        log.warn(t(gone.loop ? 'walk.chainLoop' : 'walk.chainExhausted', { name: contactName(gone.contact) }));
      }
      return false;
    }
    return act(choice);
  }

  async function publish(step: Step, response: Response) {
    // On --resume, channels already published for this step are not offered again.
    const done = new Set(replay(events).published.filter((p) => p.step === step.id).map((p) => p.channel));
    const channels = stepChannels(step, response, playbook).filter((c) => !done.has(c.id));
    if (channels.length === 0) return;
    const vars: Record<string, string> = {};
    for (const [name, spec] of Object.entries(response.variables)) {
      vars[name] = (await prompter.input({ message: t('walk.ask.var', { description: spec.description, example: spec.example ? t('walk.example', { example: spec.example }) : '' }), validate: required })).trim();
    }
    for (const channel of channels) {
      let { text, problems } = renderMessage(playbook, response, input.templateText(response), channel, incidentFields(replay(events)), vars);
      let edited = false;
      for (;;) {
        log.out(log.color.dim(t('walk.message', { channel: channel.name, length: channel.max_length ? `${messageLength(text)}/${channel.max_length}` : messageLength(text) })));
        log.out(text);
        for (const problem of problems) log.warn(`${t(problem.messageId, { ...problem.data, id: response.id })} (${problem.ruleId})`);
        const choice = await prompter.select({ message: t('walk.ask.message', { channel: channel.name }), choices: [
          { value: 'publish', name: t('walk.publish') },
          { value: 'edit', name: t('walk.edit') },
          { value: 'skip', name: t('walk.skipChannel') },
        ] });
        if (choice === 'skip') break;
        if (choice === 'edit') {
          text = (await prompter.input({ message: t('walk.ask.edit'), default: text, validate: required })).trim();
          problems = checkMessage(text, channel, response, playbook);
          edited = true;
          continue;
        }
        const url = (await prompter.input({ message: t('walk.ask.url') })).trim();
        record({ type: 'published', at: at(), step: step.id, response: response.id, channel: channel.id, text, url: url || undefined, edited });
        break;
      }
    }
  }

  async function doStep(levelId: string, stepId: string): Promise<boolean> {
    const step = playbook.levels.find((l) => l.id === levelId)!.steps.find((s) => s.id === stepId)!;
    const state = replay(events);
    const due = stepDue(state, step.within);
    log.out(log.color.bold(t('walk.step', { title: step.title, owner: step.owner ? t('walk.step.owner', { name: contactName(step.owner) }) : '', due: due ? t('walk.step.due', { time: time(due) }) : '' })));
    for (const id of step.ask ?? []) {
      if (state.departments.has(id)) continue;
      const department = playbook.departments?.find((d) => d.id === id);
      record({ type: 'asked', at: at(), step: step.id, department: id });
      log.out(t('walk.asked', { department: department?.name ?? id, lead: department?.lead ? contactName(department.lead) : '—', within: department?.respond_within ?? '—' }));
    }
    if (step.involves === 'influencers') {
      for (const person of [...(playbook.influencers ?? [])].sort((a, b) => (b.reach ?? 0) - (a.reach ?? 0))) {
        log.out(t('walk.influencer', { name: person.name, handle: person.handle ?? '', channel: person.channel ?? '', reach: person.reach?.toLocaleString(ctx.lang) ?? '—', contact: person.email ?? person.phone ?? '' }));
      }
    }
    const response = playbook.responses.find((r) => r.id === step.response);
    if (response) await publish(step, response);
    const choice = await menu(t('walk.ask.stepStatus'), [
      { value: 'done' as const, name: t('walk.done') },
      { value: 'skipped' as const, name: t('walk.skipped') },
      { value: 'later' as const, name: t('walk.later') },
    ]);
    if (choice !== 'done' && choice !== 'skipped' && choice !== 'later') return act(choice);
    const reason = choice === 'skipped' ? await prompter.input({ message: t('walk.ask.reason'), validate: required }) : undefined;
    record({ type: 'step', at: at(), level: levelId, step: step.id, status: choice, reason });
    return false;
  }

  if (events.length === 0) await open();
  for (;;) {
    const state = replay(events);
    showDeadline(state);
    const question = nextQuestion(playbook, state);
    let pause = false;
    if (question.kind === 'closed') return 'closed';
    if (question.kind === 'triage') await doTriage();
    else if (question.kind === 'pick-level') await changeLevel(undefined);
    else if (question.kind === 'notify') pause = await notify(question.contact, question.backupFor);
    else if (question.kind === 'step') pause = await doStep(question.level, question.step);
    else {
      const level = playbook.levels.find((l) => l.id === currentLevel(state))!;
      const choice = await menu<string>(t('walk.ask.close'), [
        { value: 'close', name: t('walk.close') },
        ...question.later.map((id) => ({ value: `step:${id}`, name: t('walk.doNow', { title: level.steps.find((s) => s.id === id)?.title ?? id }) })),
      ]);
      if (choice === 'close') {
        const resolution = await prompter.input({ message: t('walk.ask.resolution'), validate: required });
        const lessons = (await prompter.input({ message: t('walk.ask.lessons') })).trim();
        record({ type: 'closed', at: at(), resolution, lessons: lessons || undefined });
      } else if (choice.startsWith('step:')) pause = await doStep(level.id, choice.slice(5));
      else pause = await act(choice as Action);
    }
    if (pause) return 'paused';
  }
}
