import { describe, expect, it } from 'vitest';
import { known, levelOf, planIndex, requireStep, responseOf, stepOf } from '../../src/model/plan-index.js';
import type { Playbook } from '../../src/model/schema.js';
import { minimal } from '../helpers.js';

const plan = () => minimal() as unknown as Playbook;

describe('the plan index', () => {
  it('is built once per plan', () => {
    const playbook = plan();
    expect(planIndex(playbook)).toBe(planIndex(playbook));
    expect(planIndex(plan())).not.toBe(planIndex(playbook));
  });

  it('finds nothing an id does not name, even one every object inherits', () => {
    const index = planIndex(plan());
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(
        [
          index.contacts,
          index.levels,
          index.responses,
          index.channels,
          index.departments,
          index.triage,
          index.steps,
        ].map((map) => map.get(id)),
      ).toEqual(Array(7).fill(undefined));
    }
  });

  it('keeps the first entry of an id, as .find did', () => {
    const playbook = plan();
    const first = playbook.contacts[0]!;
    playbook.contacts.push({ ...first, name: 'Second' });
    expect(planIndex(playbook).contacts.get(first.id)).toBe(first);
  });

  it('finds a step by its level and its own id, and nothing for a missing id', () => {
    const playbook = plan();
    const level = playbook.levels[0]!;
    const step = level.steps[0]!;
    expect(stepOf(playbook, level.id, step.id)).toBe(step);
    expect(stepOf(playbook, undefined, step.id)).toBeUndefined();
    expect(levelOf(playbook, undefined)).toBeUndefined();
    expect(responseOf(playbook, undefined)).toBeUndefined();
    expect(requireStep(playbook, level.id, step.id)).toBe(step);
  });

  it('says which id is missing where the core promised one', () => {
    const playbook = plan();
    expect(() => requireStep(playbook, playbook.levels[0]!.id, 'nope')).toThrow(/no step of level "[^"]+" "nope"/);
    expect(() => known(planIndex(playbook).contacts, 'constructor', 'contact')).toThrow(
      'internal: no contact "constructor" in the plan',
    );
  });
});
