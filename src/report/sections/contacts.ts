import type { ReportData } from '../report-data.js';
import type { Facts, ViewFormat } from './facts.js';

// Who was told: each contact tried, reached or not, who stood in for whom, and the chains of
// backups that ran out with nobody reached.

type Contacts = Pick<ReportData, 'contacts' | 'unreachableChains'>;

/**
 * For each contact, the first person (in the journal's order) they stood in for: someone whose
 * backup they are, tried and unreachable no later than they were tried. A backup reached earlier
 * was called for themselves. Indexed by backup once, so thousands of contacts cost no square.
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
    const entry = replacedBy.get(id)?.find(([, at]) => Date.parse(at) <= when);
    if (entry) found.set(id, entry[0]);
  }
  return found;
}

export function contactsData(facts: Facts): Contacts {
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

export interface ContactsView {
  contacts: Array<
    ReportData['contacts'][number] & { time: string; statusLabel: string | undefined; backupForName: string }
  >;
  unreachableChains: string[];
}

export function contactsView(data: ReportData, { esc, time, labels, index }: ViewFormat): ContactsView {
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
