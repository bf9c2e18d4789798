import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/messages/render-response.js';
import { sampleIncident, type IncidentFields } from '../../src/messages/render-context.js';
import { fixturePlan, type PlanName } from '../helpers.js';

// What a message says of its incident, as its readers read it. The machine's clock is not the
// brand's: run under TZ=UTC, the Madrid plan still writes Madrid's time.

const INCIDENT: IncidentFields = {
  ...sampleIncident('crisis'),
  id: '20261122-2210-abcd',
  started_at: '2026-11-22T21:10:00.000Z',
};

function rendered(plan: PlanName, text: string, incident = INCIDENT): string {
  const playbook = fixturePlan(plan);
  const response = { ...playbook.responses[0]!, variables: {}, text };
  return renderMessage(playbook, response, text, playbook.channels[0]!, incident, {}).text;
}

describe('{{incident.started_at}} in a message', () => {
  it.each([
    ['es-optica-miravista' as const, 'Desde el domingo, 22 nov, 22:10.'],
    ['en-northside-bakery' as const, 'Since Sun 22 Nov, 21:10.'],
  ])("is written on the brand's clock and in its language on %s, never as an ISO instant", (plan, expected) => {
    const text = rendered(
      plan,
      plan.startsWith('es') ? 'Desde el {{incident.started_at}}.' : 'Since {{incident.started_at}}.',
    );
    expect(text).toBe(expected);
    // Plain spaces: the message is pasted as it is, and a no-break space is not what people type.
    expect(text).not.toContain('\u00a0');
  });

  it('stays a placeholder outside an incident, as lint and render show it', () => {
    expect(rendered('es-optica-miravista', '{{incident.started_at}}', sampleIncident('crisis'))).toBe(
      '<incident.started_at>',
    );
  });
});
