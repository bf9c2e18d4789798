import { translator, type MessageKey } from '../i18n/index.js';
import type { InitAnswers, Person } from './answers.js';
import { languageTag } from './language-tag.js';
import { PLAN_IDS } from './plan-ids.js';

export const PLAN_FILE = 'crisis.yaml';
export const SCHEMA_FILE = 'playbook.schema.json';

/** A YAML scalar that always reads back as the same string: JSON strings are valid YAML. */
const q = (value: string) => JSON.stringify(value);
const list = (values: string[]) => `[${values.map(q).join(', ')}]`;

export function slugify(text: string, fallback: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

function contactIds(answers: InitAnswers): { manager: string; director: string; agency?: string } {
  const manager = slugify(answers.manager.name, 'community-manager');
  let director = slugify(answers.director.name, 'director');
  if (director === manager) director = `${director}-2`;
  let agency = answers.agency ? slugify(answers.agency.organization || answers.agency.name, 'agency') : undefined;
  if (agency && (agency === manager || agency === director)) agency = `${agency}-agency`;
  return { manager, director, agency };
}

function contact(id: string, who: Person, backup: string | undefined, extra: string[] = []): string {
  return [
    `  - id: ${id}`,
    `    name: ${q(who.name)}`,
    `    role: ${q(who.role)}`,
    ...(who.phone ? [`    phone: ${q(who.phone)}`] : []),
    ...(who.email ? [`    email: ${q(who.email)}`] : []),
    ...(backup ? [`    backup: ${backup}`] : []),
    ...extra,
  ].join('\n');
}

/** The files of a new plan, by path relative to its folder: pure, so every combination is testable. */
export function buildPlan(answers: InitAnswers, schemaJson: string): Map<string, string> {
  const t = translator(answers.lang);
  const c = (key: MessageKey, params?: Record<string, string>) => `# ${t(key, params)}`;
  const ids = contactIds(answers);
  const [negative, possible, crisis] = PLAN_IDS[answers.lang].levels;
  const { vars: v, responses: r, steps: s, triage } = PLAN_IDS[answers.lang];
  const short = answers.channels.filter((ch) => ch.format === 'short').map((ch) => ch.id);
  const long = answers.channels.filter((ch) => ch.format === 'long').map((ch) => ch.id);
  const notifyCrisis = [ids.director, ...(ids.agency ? [ids.agency] : [])];
  const managerBackup = answers.managerBackup === 'agency' && ids.agency ? ids.agency : ids.director;
  // The agency is notified at the worst level, so it needs a stand-in too (missing-backup): the
  // community manager, who briefs it day to day. Without one, a fresh plan fails `lint --max-warnings 0`.

  const yaml = `# yaml-language-server: $schema=./${SCHEMA_FILE}
${c('init.yaml.header', { name: answers.name })}
${c('init.yaml.lint')}
version: 1

${c('init.yaml.brand')}
brand:
  name: ${q(answers.name)}
  language: ${languageTag(answers.lang, answers.timezone)}
  timezone: ${answers.timezone}
  ${c('init.yaml.apologyUrl')}
  apology_url: ${q(answers.apologyUrl)}
  hashtag: ${q(answers.hashtag)}

${c('init.yaml.channels')}
channels:
${answers.channels.map((ch) => `  - { id: ${ch.id}, name: ${q(ch.name)}, format: ${ch.format}${ch.max_length ? `, max_length: ${ch.max_length}` : ''} }`).join('\n')}

${c('init.yaml.contacts')}
contacts:
${contact(ids.manager, answers.manager, managerBackup)}
${contact(ids.director, answers.director, ids.manager)}
${answers.agency && ids.agency ? `${contact(ids.agency, answers.agency, ids.manager, [`    organization: ${q(answers.agency.organization)}`, '    external: true'])}\n` : ''}
${c('init.yaml.levels')}
levels:
  - id: ${negative}
    name: ${q(t('init.level.negative'))}
    severity: 1
    description: ${q(t('init.level.negativeDescription'))}
    respond_within: ${answers.deadlines.negative}
    steps:
      - { id: ${s.reply}, title: ${q(t('init.step.reply'))}, owner: ${ids.manager}, response: ${r.thanks} }
  - id: ${possible}
    name: ${q(t('init.level.possible'))}
    severity: 2
    description: ${q(t('init.level.possibleDescription'))}
    respond_within: ${answers.deadlines.possible}
    update_every: 1h
    notify: [${ids.director}]
    steps:
      - { id: ${s.tellTeam}, title: ${q(t('init.step.tellTeam'))}, owner: ${ids.manager}, response: ${r.internal} }
      - { id: ${s.reply}, title: ${q(t('init.step.reply'))}, owner: ${ids.manager}, response: ${r.thanks} }
  - id: ${crisis}
    name: ${q(t('init.level.crisis'))}
    severity: 3
    description: ${q(t('init.level.crisisDescription'))}
    respond_within: ${answers.deadlines.crisis}
    update_every: 20m
    notify: [${notifyCrisis.join(', ')}]
    steps:
      - { id: ${s.convene}, title: ${q(t('init.step.convene'))}, owner: ${ids.director} }
      - { id: ${s.statement}, title: ${q(t('init.step.statement'))}, owner: ${ids.manager}, response: ${r.statement}, channels: [${long.join(', ')}] }
      - { id: ${s.short}, title: ${q(t('init.step.shortApology'))}, owner: ${ids.manager}, response: ${r.short}, channels: [${short.join(', ')}] }

${c('init.yaml.triage')}
triage:
  - id: ${triage}
    question: ${q(t('init.triage.reach'))}
    options:
      - { label: ${q(t('init.triage.reachOne'))}, level: ${negative} }
      - { label: ${q(t('init.triage.reachSeveral'))}, level: ${possible} }
      - { label: ${q(t('init.triage.reachViral'))}, level: ${crisis} }

${c('init.yaml.responses')}
responses:
  - id: ${r.thanks}
    title: ${q(t('init.response.thanks'))}
    kind: acknowledgement
    approved_by: ${ids.director}
    variables:
      ${v.customer}: { description: ${q(t('init.var.customer'))}, example: ${q(t('init.var.customerExample'))} }
    text: ${q(t('init.text.thanks', { customer: `{{${v.customer}}}` }))}
  - id: ${r.statement}
    title: ${q(t('init.response.statement'))}
    kind: apology
    channels: [${long.join(', ')}]
    approved_by: ${ids.director}
    variables:
      ${v.problem}: { description: ${q(t('init.var.problem'))}, example: ${q(t('init.var.problemExample'))} }
      ${v.fix}: { description: ${q(t('init.var.fix'))}, example: ${q(t('init.var.fixExample'))} }
    template: templates/${r.statement}.hbs
  - id: ${r.short}
    title: ${q(t('init.response.apologyShort'))}
    kind: apology
    channels: [${short.join(', ')}]
    approved_by: ${ids.director}
    variables:
      ${v.problem}: { description: ${q(t('init.var.problemShort'))}, example: ${q(t('init.var.problemExample'))} }
    template: templates/${r.short}.hbs
  - id: ${r.internal}
    title: ${q(t('init.response.internal'))}
    kind: internal
    channels: []
    approved_by: ${ids.director}
    variables:
      ${v.what}: { description: ${q(t('init.var.what'))}, example: ${q(t('init.var.whatExample'))} }
    template: templates/${r.internal}.hbs

${c('init.yaml.policies')}
policies:
  avoid_topics: ${list(answers.avoidTopics)}
  compensation: { approval_by: ${ids.director} }
  escalate_to: ${ids.director}

${c('init.yaml.monitoring')}
# monitoring:
#   keywords: [${q(answers.name)}]
#   feeds:
#     - { name: Google Alerts, url: "https://www.google.com/alerts/feeds/…" }
#     - { name: Mastodon, url: "https://mastodon.social/tags/…rss" }
#     - { name: Reddit, url: "https://www.reddit.com/search.rss?q=…&sort=new" }
`;
  const vars = (text: MessageKey) =>
    t(text, { problem: `{{${v.problem}}}`, fix: `{{${v.fix}}}`, what: `{{${v.what}}}` });
  return new Map([
    [PLAN_FILE, yaml],
    [`templates/${r.statement}.hbs`, `${vars('init.template.statement')}\n`],
    [`templates/${r.short}.hbs`, `${vars('init.template.apologyShort')}\n`],
    [`templates/${r.internal}.hbs`, `${vars('init.template.internal')}\n`],
    [SCHEMA_FILE, schemaJson],
  ]);
}
