import { questionKey as key } from '../../escalate/draft-keys.js';
import { notifyFrontier, notifyPlan } from '../../escalate/next-question.js';
import { printable } from '../../model/control-chars.js';
import type { Contact } from '../../model/schema.js';
import { act, isAction, menu } from './actions.js';
import type { WalkSession } from './session.js';
import { known } from '../../model/plan-index.js';
import { wrapText } from '../terminal-text.js';

/** The contact who most often owns a step: in a plan, the community manager who runs the walkthrough. */
function likelyOperator(s: WalkSession): string | undefined {
  const owned = new Map<string, number>();
  for (const level of s.playbook.levels)
    for (const step of level.steps) if (step.owner) owned.set(step.owner, (owned.get(step.owner) ?? 0) + 1);
  return [...owned].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function contactLine(s: WalkSession, contact: Contact, backupFor: string | undefined): string {
  // "Role · Organisation (outside agency)": set apart from the role, and kept on one row (no-break
  // spaces), so a narrow terminal breaks the line before the separator, never inside the name.
  const org = (
    (contact.organization ? s.t('walk.contact.organization', { organization: contact.organization }) : '') +
    (contact.external ? s.t('walk.contact.external') : '')
  ).replace(/(?<=\S) /g, '\u00a0');
  const line = s.t('walk.contact', {
    name: contact.name,
    role: contact.role,
    org,
    reach: [contact.phone, contact.email].filter(Boolean).join(' · '),
    backupFor: backupFor ? s.t('walk.contact.backupFor', { name: s.contactName(backupFor) }) : '',
  });
  return contact.notes ? `${line}\n${noteBelow(s, contact.notes)}` : line;
}

/** A person's notes under their line, each row indented: at 60 columns a note runs over several. */
export function noteBelow(s: WalkSession, notes: string): string {
  return s.color.dim(wrapText(printable(notes, { lines: true }), s.width - 2).replace(/^/gm, '  '));
}

/**
 * Everyone the level notifies, called in one round: the operator ticks whom they reached, and
 * the backups of the others come in the next round. The person on duty is not asked about themselves.
 * Returns true to pause.
 */
export async function notify(s: WalkSession): Promise<boolean> {
  let frontier = notifyFrontier(s.playbook, s.incident);
  const operator = likelyOperator(s);
  if (s.incident.onDuty === undefined && operator && frontier.some((entry) => entry.contact === operator)) {
    const who = await s.choose(
      key.onDuty,
      s.t('walk.ask.onDuty'),
      [
        ...s.playbook.contacts.map((c) => ({ value: c.id, name: `${c.name} · ${c.role}` })),
        { value: '', name: s.t('walk.onDuty.nobody') },
      ],
      operator,
    );
    // Someone not listed: nobody is taken as reached, and everyone the level notifies is called.
    if (who !== '') s.record({ type: 'on-duty', at: s.at(), contact: who });
  }
  const me = s.incident.onDuty;
  if (me && frontier.some((entry) => entry.contact === me)) {
    s.record({ type: 'contact', at: s.at(), contact: me, status: 'reached' });
    s.say(s.t('walk.onDutyReached', { name: s.contactName(me) }));
    frontier = notifyFrontier(s.playbook, s.incident);
    if (frontier.length === 0) return false;
  }
  s.say(s.color.bold(s.t('walk.callNow', { count: frontier.length })));
  for (const entry of frontier)
    s.say(contactLine(s, known(s.index.contacts, entry.contact, 'contact'), entry.backupFor));
  let reached: string[];
  if (frontier.length === 1) {
    const only = frontier[0]!.contact;
    const choice = await menu(s, key.notify(only), s.t('walk.ask.contact', { name: s.contactName(only) }), [
      { value: 'reached' as const, name: s.t('walk.reached') },
      { value: 'unreachable' as const, name: s.t('walk.unreachable') },
    ]);
    if (isAction(choice)) return act(s, choice);
    reached = choice === 'reached' ? [only] : [];
  } else {
    reached = await s.prompter.checkbox({
      key: key.reached,
      message: s.t('walk.ask.reachedWho'),
      choices: frontier.map((entry) => ({ value: entry.contact, name: s.contactName(entry.contact) })),
    });
  }
  const before = new Set(notifyPlan(s.playbook, s.incident).exhausted.map((gone) => gone.contact));
  // A set: a round may call thousands of contacts.
  const answered = new Set(reached);
  for (const entry of frontier)
    s.record({
      type: 'contact',
      at: s.at(),
      contact: entry.contact,
      status: answered.has(entry.contact) ? 'reached' : 'unreachable',
    });
  // Said as the recap says it: in a drill, nobody ticks a box on screen.
  const missed = frontier.filter((entry) => !answered.has(entry.contact)).map((entry) => s.contactName(entry.contact));
  if (missed.length > 0) s.say(s.t('walk.recap.notReached', { names: missed.join(', ') }));
  for (const gone of notifyPlan(s.playbook, s.incident).exhausted.filter((e) => !before.has(e.contact))) {
    s.warn(s.t(gone.loop ? 'walk.chainLoop' : 'walk.chainExhausted', { name: s.contactName(gone.contact) }));
  }
  return false;
}
