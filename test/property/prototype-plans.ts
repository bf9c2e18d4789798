import fc from 'fast-check';
import { SLUG, VARIABLE_NAME } from '../../src/model/schema.js';

// Plans and scripts whose ids are the names every JavaScript object inherits: a lookup
// `record[id]` finds a function there. Ordinary ids are mixed in so lists can hold several entries.
const INHERITED = Object.getOwnPropertyNames(Object.prototype);
export const INHERITED_SLUGS = INHERITED.filter((name) => SLUG.test(name));
export const INHERITED_VARIABLES = INHERITED.filter((name) => VARIABLE_NAME.test(name));

const ids = (others: string[], min = 1) =>
  fc.uniqueArray(fc.constantFrom(...INHERITED_SLUGS, ...INHERITED_SLUGS, ...others), { minLength: min, maxLength: 3 });
const pick = <T>(values: T[]) =>
  values.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...values), { nil: undefined });
const some = <T>(values: T[]) => fc.subarray(values);
const KINDS = ['acknowledgement', 'apology', 'update', 'private-reply', 'internal', 'closing'] as const;

export interface Case {
  plan: any;
  script: any;
}

const responsesArb = (channels: string[]) =>
  ids(['thanks', 'sorry'], 0).chain((responseIds) =>
    fc.tuple(
      ...responseIds.map((id) =>
        fc
          .record({
            kind: fc.constantFrom(...KINDS),
            variables: fc.uniqueArray(fc.constantFrom(...INHERITED_VARIABLES, 'customer'), { maxLength: 3 }),
            channels: fc.option(some(channels), { nil: undefined }),
          })
          .map(({ kind, variables, channels: only }) => ({
            id,
            title: `Response ${id}`,
            kind,
            ...(only && { channels: only }),
            variables: Object.fromEntries(
              variables.map((name) => [name, { description: `the ${name}`, example: `e-${name}` }]),
            ),
            text: `Hola ${variables.map((name) => `{{${name}}}`).join(' ')} {{brand.name}}${kind === 'apology' ? ' {{brand.apology_url}} {{brand.hashtag}}' : ''}`,
          })),
      ),
    ),
  );

/** A plan: every list may name its entries `constructor`, and responses' variables `toString`, `__proto__`… */
export const planArb = fc
  .record({
    channels: ids(['x', 'blog']),
    contacts: ids(['ana', 'luis']),
    departments: ids(['legal'], 0),
    levels: ids(['crisis']),
    questions: ids(['spread'], 0),
  })
  .chain((names) =>
    responsesArb(names.channels).chain((responses) => {
      const responseIds = responses.map((r) => r.id);
      const step = (id: string) =>
        fc
          .record({
            owner: pick(names.contacts),
            ask: some(names.departments),
            response: pick(responseIds),
            channels: fc.option(some(names.channels), { nil: undefined }),
            optional: fc.boolean(),
          })
          .map((fields) => ({ id, title: `Step ${id}`, ...fields }));
      const level = (id: string, index: number) =>
        fc
          .record({
            notify: some(names.contacts),
            steps: ids(['reply', 'convene'], 0).chain((stepIds) => fc.tuple(...stepIds.map(step))),
          })
          .map(({ notify, steps }) => ({
            id,
            name: `Level ${id}`,
            severity: index + 1,
            respond_within: '1h',
            notify,
            steps,
          }));
      const contact = (id: string) =>
        fc
          .record({ backup: pick(names.contacts.filter((other) => other !== id)), department: pick(names.departments) })
          .map((fields) => ({ id, name: `Name ${id}`, role: 'Role', phone: '+34 600 111 222', ...fields }));
      const question = (id: string) =>
        fc.uniqueArray(fc.constantFrom(...names.levels), { minLength: 1 }).map((levels) => ({
          id,
          question: `Question ${id}?`,
          options: levels.map((level) => ({ label: `to ${level}`, level })),
        }));
      return fc
        .record({
          contacts: fc.tuple(...names.contacts.map(contact)),
          levels: fc.tuple(...names.levels.map(level)),
          triage: fc.tuple(...names.questions.map(question)),
          privateMessages: fc.boolean(),
        })
        .map(({ contacts, levels, triage, privateMessages }) => ({
          version: 1,
          brand: {
            name: 'Brand',
            language: 'en',
            timezone: 'UTC',
            apology_url: 'https://brand.example/statement',
            hashtag: '#Brand',
          },
          channels: names.channels.map((id, index) => ({
            id,
            name: `Channel ${id}`,
            format: index === 0 ? 'short' : 'long',
            private_messages: privateMessages,
          })),
          contacts,
          ...(names.departments.length > 0 && {
            departments: names.departments.map((id) => ({ id, name: `Department ${id}`, respond_within: '2h' })),
          }),
          levels,
          ...(triage.length > 0 && { triage }),
          responses,
        }));
    }),
  );

/** The script's answer to each question the plan can ask, or none, or a wrong one. */
function scriptArb(plan: any): fc.Arbitrary<any> {
  const steps = [
    ...new Map(plan.levels.flatMap((level: any) => level.steps.map((step: any) => [step.id, step]))).values(),
  ] as any[];
  const responseOf = (step: any) => plan.responses.find((r: any) => r.id === step.response);
  const answer = (step: any) =>
    fc
      .record({
        status: fc.constantFrom('done', 'done', 'skipped', 'later'),
        varsGiven: fc.boolean(),
        proto: fc.nat(5).map((n) => n === 0),
        published: some(plan.channels.map((c: any) => c.id) as string[]),
      })
      .map(({ status, varsGiven, proto, published }) => ({
        status,
        ...(status === 'skipped' && { reason: 'not needed' }),
        ...(varsGiven &&
          responseOf(step) && {
            vars: Object.fromEntries(
              [...Object.keys(responseOf(step).variables), ...(proto ? ['__proto__'] : [])].map((name) => [
                name,
                `v-${name}`,
              ]),
            ),
          }),
        published: Object.fromEntries(published.map((id) => [id, `https://example.com/${id}`])),
        ...(step.ask.length > 0 && {
          asked: Object.fromEntries(step.ask.map((d: string) => [d, { answered: '+30m' }])),
        }),
      }));
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
  const entries = (keys: string[], arb: (key: string) => fc.Arbitrary<unknown>) =>
    fc
      .tuple(...keys.map((key) => optional(arb(key)).map((value) => [key, value] as const)))
      .map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
  return fc
    .record({
      triage: entries(
        (plan.triage ?? []).map((q: any) => q.id),
        (id) => fc.constantFrom(plan.triage.find((q: any) => q.id === id).options[0].label, 1, 'no such option', 99),
      ),
      notify: entries(
        plan.contacts.map((c: any) => c.id),
        () => fc.constantFrom('reached', 'unreachable'),
      ),
      steps: entries(
        steps.map((s) => s.id),
        (id) => answer(steps.find((s) => s.id === id)),
      ),
      override: fc.boolean(),
      close: fc.boolean(),
    })
    .map(({ triage, notify, steps: answers, override, close }) => ({
      version: 1,
      clock: '2026-11-22T21:10:00+01:00',
      incident: { summary: 'A complaint', channel: plan.channels[0].id },
      ...(plan.triage && { triage }),
      ...((override || !plan.triage) && { override: { level: plan.levels[0].id, reason: 'by hand' } }),
      notify,
      steps: answers,
      ...(close && { close: { at: '+2h', resolution: 'Resolved' } }),
    }));
}

export const caseArb: fc.Arbitrary<Case> = planArb.chain((plan) => scriptArb(plan).map((script) => ({ plan, script })));
