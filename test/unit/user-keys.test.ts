import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { IncidentEvent } from '../../src/escalate/events.js';
import { runScript, ScriptStop } from '../../src/escalate/run-script.js';
import { readScript, type Script } from '../../src/escalate/script.js';
import { triage } from '../../src/escalate/triage.js';
import { parsePlaybook } from '../../src/lint/lint-playbook.js';
import type { Playbook } from '../../src/model/schema.js';
import { dictionary, own } from '../../src/model/user-keys.js';
import { renderContext, sampleIncident } from '../../src/messages/render-context.js';
import { renderMessage, renderTemplate, variableGaps } from '../../src/messages/render-response.js';
import { lintText, minimal, MINIMAL_YAML } from '../helpers.js';

// Ids and names that are also JavaScript names: every lookup keyed by user data reads
// own keys only, so `constructor` is an id like any other and `toString` a variable like any other.

/** The minimal plan with every id it can rename called `constructor`, and a variable `toString`. */
function hostile(): Playbook {
  const data = minimal();
  const text = YAML.stringify(data)
    .replaceAll('luis', 'constructor')
    .replaceAll('spread', 'constructor')
    .replaceAll('convene', 'constructor')
    .replaceAll('customer', 'toString');
  const parsed = parsePlaybook(new TextEncoder().encode(text));
  expect(parsed.reports).toEqual([]);
  return parsed.playbook!;
}

describe('own and dictionary', () => {
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    '%s: not found unless given, found when given',
    (name) => {
      expect(own({}, name)).toBeUndefined();
      expect(own(dictionary([[name, 'v']]), name)).toBe('v');
      expect(name in dictionary([])).toBe(false);
      expect(Object.keys(dictionary([[name, 'v']]))).toEqual([name]);
    },
  );
});

describe('a variable named like an Object.prototype member', () => {
  const response = { variables: { toString: { description: 'd' }, valueOf: { description: 'd' } } } as never;
  it('is missing until given, and given only as an own key', () => {
    expect(variableGaps(response, {})).toEqual({ missing: ['toString', 'valueOf'], unknown: [] });
    expect(variableGaps(response, { toString: 'Ana', valueOf: 'x' })).toEqual({ missing: [], unknown: [] });
  });
  it.each(['toString', 'valueOf', 'constructor', 'hasOwnProperty'])(
    '{{%s}} renders its value, and fails strictly without one',
    (name) => {
      const playbook = hostile();
      const context = (vars: Record<string, string>) =>
        renderContext(playbook, playbook.channels[0]!, sampleIncident('crisis'), vars);
      expect(renderTemplate(`Hola {{${name}}}.`, context(dictionary([[name, 'Ana']])))).toBe('Hola Ana.');
      expect(() => renderTemplate(`Hola {{${name}}}.`, context({}))).toThrow(`"${name}" not defined`);
    },
  );
  it('renders in a plan whose ids are constructor', () => {
    const playbook = hostile();
    const thanks = playbook.responses.find((r) => r.id === 'thanks')!;
    expect(
      renderMessage(playbook, thanks, thanks.text!, playbook.channels[0]!, sampleIncident('crisis'), {
        toString: '@marta',
      }).text,
    ).toMatch(/^Hola @marta, gracias/);
  });
  it('named like a root of the context (channel) hides nothing: the root is read, as lint reads it', () => {
    const playbook = hostile();
    expect(
      renderTemplate(
        '{{channel.name}}',
        renderContext(playbook, playbook.channels[0]!, sampleIncident('crisis'), { channel: 'WhatsApp' }),
      ),
    ).toBe(playbook.channels[0]!.name);
  });
});

describe('a __proto__ key, which the validator would drop without a word', () => {
  it.each([
    [
      'a variable',
      MINIMAL_YAML.replace('      customer: {', '      __proto__: { description: x }\n      customer: {'),
      'The key "__proto__" in responses[0].variables cannot be used',
    ],
    [
      'a key of a contact, once',
      MINIMAL_YAML.replace('backup: luis }', 'backup: luis, __proto__: x }'),
      'Unknown key "__proto__" in contacts[0]',
    ],
  ])('is refused as %s, at its key', (_, text, says) => {
    const findings = lintText(text).filter((f) => f.ruleId === 'schema');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(says)]);
    expect(findings[0]!.line).toBe(text.split('\n').findIndex((row) => row.includes('__proto__')) + 1);
  });
});

describe('a drill of a plan whose ids are constructor', () => {
  const SCRIPT = 'version: 1\nclock: 2026-11-22T21:10:00+01:00\nincident: { summary: Queja, channel: twitter }\n';
  const run = (playbook: Playbook, script: Script) => {
    const events: IncidentEvent[] = [];
    try {
      for (const event of runScript({
        playbook,
        script,
        id: 'i1',
        start: new Date('2026-11-22T20:10:00Z'),
        templateText: (r) => r.text ?? '',
        allowWarnings: false,
      }))
        events.push(event);
      return { events };
    } catch (error) {
      if (!(error instanceof ScriptStop)) throw error;
      return { events, stop: error };
    }
  };
  const read = (playbook: Playbook, text: string) =>
    readScript(new TextEncoder().encode(SCRIPT + text), playbook).script!;

  it.each([
    ['an unanswered triage question', 'notify: {}\n', 'script.missing', 'triage.constructor'],
    ['an unanswered contact', 'triage: { constructor: 2 }\n', 'script.missing', 'notify.constructor'],
    [
      'an unanswered step',
      'triage: { constructor: 2 }\nnotify: { constructor: reached, ana: reached }\n',
      'script.missing',
      'steps.constructor',
    ],
  ])('stops at %s and names its key', (_, text, messageId, key) => {
    const { stop, events } = run(hostile(), read(hostile(), text));
    expect(stop).toMatchObject({ messageId, data: { key } });
    expect(
      events.filter((e) => e.type === 'contact' || e.type === 'step').every((e) => 'status' in e && e.status),
    ).toBe(true);
  });

  it('triages by own keys only', () => {
    expect(triage(hostile(), {})).toMatchObject({ ok: false, problem: 'missingAnswer', question: 'constructor' });
  });

  it('stops, rather than loop, when an answer records nothing new', () => {
    const playbook = hostile();
    // The class of the bug: an answer found by an inherited name, with no status to record.
    const script = {
      ...read(playbook, 'triage: { constructor: 2 }\nnotify: { constructor: reached, ana: reached }\n'),
      steps: { constructor: { status: undefined } },
    } as unknown as Script;
    const { stop, events } = run(playbook, script);
    expect(stop).toMatchObject({ messageId: 'script.stuck', data: { key: 'steps.constructor' } });
    expect(events.length).toBeLessThan(10);
  });
});
