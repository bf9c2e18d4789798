import type { Playbook } from '../../model/schema.js';
import type { Report, YamlPath } from '../../source/finding.js';
import type { Rule } from '../rule-context.js';
import { shortList, suggester } from '../../source/suggest.js';

type Listed = [path: YamlPath, list: ReadonlyArray<{ id: string }> | undefined];

export const duplicateId: Rule = {
  meta: { id: 'duplicate-id', severity: 'error', docs: 'ruleDoc.duplicate-id' },
  check({ playbook }) {
    const lists: Listed[] = [
      [['channels'], playbook.channels],
      [['contacts'], playbook.contacts],
      [['departments'], playbook.departments],
      [['influencers'], playbook.influencers],
      [['levels'], playbook.levels],
      [['triage'], playbook.triage],
      [['responses'], playbook.responses],
      [['brand', 'weaknesses'], playbook.brand.weaknesses],
      ...playbook.levels.map((level, index): Listed => [['levels', index, 'steps'], level.steps]),
    ];
    const reports: Report[] = [];
    for (const [path, list] of lists) {
      const first = new Map<string, number>();
      list?.forEach((entry, index) => {
        const earlier = first.get(entry.id);
        if (earlier === undefined) first.set(entry.id, index);
        else
          reports.push({
            path: [...path, index, 'id'],
            messageId: 'rule.duplicateId',
            data: { id: entry.id, list: path.join('.'), first: earlier + 1 },
          });
      });
    }
    return reports;
  },
};

type Target = 'contacts' | 'departments' | 'levels' | 'responses' | 'channels';
type Reference = [path: YamlPath, id: string | undefined, target: Target];

/** Every place the format lets one entry name another, with the list it must name. */
function references(playbook: Playbook): Reference[] {
  const refs: Reference[] = [];
  const many = (path: YamlPath, ids: string[] | undefined, target: Target) =>
    ids?.forEach((id, index) => refs.push([[...path, index], id, target]));
  playbook.contacts.forEach((contact, i) => {
    refs.push(
      [['contacts', i, 'backup'], contact.backup, 'contacts'],
      [['contacts', i, 'department'], contact.department, 'departments'],
    );
  });
  playbook.departments?.forEach((department, i) =>
    refs.push([['departments', i, 'lead'], department.lead, 'contacts']),
  );
  playbook.levels.forEach((level, i) => {
    many(['levels', i, 'notify'], level.notify, 'contacts');
    level.steps.forEach((step, j) => {
      const at: YamlPath = ['levels', i, 'steps', j];
      refs.push([[...at, 'owner'], step.owner, 'contacts'], [[...at, 'response'], step.response, 'responses']);
      many([...at, 'channels'], step.channels, 'channels');
      many([...at, 'ask'], step.ask, 'departments');
    });
  });
  playbook.triage?.forEach((question, i) =>
    question.options.forEach((option, j) => refs.push([['triage', i, 'options', j, 'level'], option.level, 'levels'])),
  );
  playbook.responses.forEach((response, i) => {
    many(['responses', i, 'levels'], response.levels, 'levels');
    many(['responses', i, 'channels'], response.channels, 'channels');
    refs.push([['responses', i, 'approved_by'], response.approved_by, 'contacts']);
  });
  playbook.brand.weaknesses?.forEach((weakness, i) =>
    refs.push([['brand', 'weaknesses', i, 'response'], weakness.response, 'responses']),
  );
  refs.push([['policies', 'compensation', 'approval_by'], playbook.policies.compensation?.approval_by, 'contacts']);
  refs.push([['policies', 'escalate_to'], playbook.policies.escalate_to, 'contacts']);
  return refs;
}

export const unknownReference: Rule = {
  meta: { id: 'unknown-reference', severity: 'error', docs: 'ruleDoc.unknown-reference' },
  check({ playbook }) {
    const lists: Record<Target, string[]> = {
      contacts: playbook.contacts.map((entry) => entry.id),
      departments: playbook.departments?.map((entry) => entry.id) ?? [],
      levels: playbook.levels.map((entry) => entry.id),
      responses: playbook.responses.map((entry) => entry.id),
      channels: playbook.channels.map((entry) => entry.id),
    };
    // Sets, not Array#includes: 64k contacts each naming a backup took 59 s.
    const known = new Map(Object.entries(lists).map(([target, ids]) => [target, new Set(ids)]));
    const suggestions = new Map(Object.entries(lists).map(([target, ids]) => [target, suggester(ids)]));
    const reports: Report[] = [];
    for (const [path, id, target] of references(playbook)) {
      if (id === undefined || known.get(target)!.has(id)) continue;
      const suggestion = suggestions.get(target)!(id);
      reports.push({
        path,
        messageId: suggestion ? 'rule.unknownReferenceSuggest' : 'rule.unknownReference',
        data: { id, list: target, suggestion: suggestion ?? '', known: shortList(lists[target]) },
      });
    }
    return reports;
  },
};
