import type { ReportData } from '../report-data.js';
import { minutesBetween, type Facts, type ViewFormat } from './facts.js';

// Who was told: each contact tried, reached or not, who stood in for whom, and the chains of
// backups that ran out with nobody reached.

/**
 * For each contact, the first person (in the journal's order) they stood in for: someone whose
 * backup they are, tried and found unreachable strictly before they were tried. A backup tried at
 * the same time or earlier was called for themselves (a level's round calls everyone it lists at
 * once). Indexed by backup once, so thousands of contacts cost no square.
 */
function standIns({ state, index }: Facts): Map<string, string> {
  const replacedBy = new Map<string, Array<[string, string]>>();
  for (const [id, tried] of state.contacts) {
    const backup = index.contacts.get(id)?.backup;
    if (backup === undefined || tried.status !== 'unreachable') continue;
    const list = replacedBy.get(backup) ?? [];
    list.push([id, tried.at]);
    replacedBy.set(backup, list);
  }
  const found = new Map<string, string>();
  for (const [id, record] of state.contacts) {
    const when = Date.parse(record.at);
    const entry = replacedBy.get(id)?.find(([, at]) => Date.parse(at) < when);
    if (entry) found.set(id, entry[0]);
  }
  return found;
}

/**
 * The longest wait between someone having to be told and their being reached (or a backup for
 * them): each contact a level lists counts from when a level listing them began (the declaration
 * for the first level), so one who joined the list as the level rose counts from that rise.
 * Undefined while someone the level lists is still to call, or nobody of a chain could be reached.
 */
export function reachEveryoneMinutes({ state, index, notify }: Facts): number | undefined {
  if (notify.next || notify.exhausted.length > 0) return undefined;
  const listedAt = new Map<string, string>();
  state.levels.forEach((change, position) => {
    for (const id of index.levels.get(change.level)?.notify ?? [])
      if (!listedAt.has(id)) listedAt.set(id, position === 0 ? state.openedAt : change.at);
  });
  let longest: number | undefined;
  for (const [first, since] of listedAt) {
    const seen = new Set<string>();
    let contact: string | undefined = first;
    let reachedAt: string | undefined;
    while (contact !== undefined && reachedAt === undefined && !seen.has(contact)) {
      seen.add(contact);
      const record = state.contacts.get(contact);
      if (record?.status === 'reached') reachedAt = record.at;
      contact = index.contacts.get(contact)?.backup;
    }
    // A chain nobody of which was reached belongs to a level since left (the current one's is checked above).
    if (reachedAt !== undefined) longest = Math.max(longest ?? 0, minutesBetween(since, reachedAt));
  }
  return longest;
}

/**
 * Everyone a level the incident reached listed who was never reached themselves, in the plan's
 * order: the time to reach everyone counts a backup for them, so it must say they were not.
 */
export function notReached({ state, index }: Facts): string[] {
  const listed = new Set(state.levels.flatMap((change) => index.levels.get(change.level)?.notify ?? []));
  return [...listed].filter((id) => state.contacts.get(id)?.status !== 'reached');
}

export function contactsData(facts: Facts): Pick<ReportData, 'contacts' | 'unreachableChains'> {
  const { state, index, notify } = facts;
  const backupFor = standIns(facts);
  const contacts = [...state.contacts].map(([id, record]) => {
    const contact = index.contacts.get(id);
    return {
      contact: id,
      name: contact?.name ?? id,
      role: contact?.role ?? '',
      status: record.status,
      at: record.at,
      backupFor: backupFor.get(id),
      external: contact?.external ?? false,
      phone: contact?.phone,
      email: contact?.email,
    };
  });
  // In the order they were tried, which a contact tried twice may not keep in the journal's map.
  contacts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return {
    contacts,
    unreachableChains: notify.exhausted.map((e) => index.contacts.get(e.contact)?.name ?? e.contact),
  };
}

export function contactsView(data: ReportData, { esc, time, labels, index }: ViewFormat) {
  const { contacts } = index;
  return {
    contacts: data.contacts.map((c) => ({
      ...c,
      name: esc(c.name),
      role: esc(c.role),
      time: time(c.at),
      statusLabel: labels[c.status],
      backupForName: c.backupFor ? esc(contacts.get(c.backupFor)?.name ?? c.backupFor) : '',
    })),
    unreachableChains: data.unreachableChains.map(esc),
  };
}
