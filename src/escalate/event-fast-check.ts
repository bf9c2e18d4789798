import type * as z from 'zod/mini';

// zod checks a journal line in about ten times the time JSON.parse reads it, most of it copying the
// object. A line that is certainly sound needs no copy: this check, compiled once from the very
// schema of event-schema.ts, answers "sound" only when zod would, and "ask zod" otherwise, so
// every refusal and its message still come from zod. What it cannot read (the triage answers,
// an object zod strips) is always left to zod.

type Check = (value: unknown) => boolean;
type Def = { type: string } & Record<string, unknown>;

const defOf = (schema: unknown): Def => (schema as z.ZodMiniType)._zod.def as unknown as Def;

/** A check for one field's schema, or undefined when only zod can tell. */
function fieldCheck(schema: unknown): Check | undefined {
  const def = defOf(schema);
  if (Array.isArray(def.checks) && def.checks.length > 0) return undefined;
  switch (def.type) {
    case 'string': {
      if (def.format === undefined) return (value) => typeof value === 'string';
      // An ISO time is a string format whose whole check is its pattern.
      const pattern = def.pattern;
      if (def.format !== 'datetime' || !(pattern instanceof RegExp) || pattern.global || pattern.sticky)
        return undefined;
      return (value) => typeof value === 'string' && pattern.test(value);
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal':
    case 'enum': {
      const values = new Set<unknown>(
        def.type === 'literal' ? (def.values as unknown[]) : Object.values(def.entries as object),
      );
      return (value) => values.has(value);
    }
    case 'array': {
      // A list of plain values (a published message's failed checks), each checked as a field.
      const element = fieldCheck(def.element);
      return element && ((value) => Array.isArray(value) && value.every(element));
    }
    case 'optional': {
      const inner = fieldCheck(def.innerType);
      return inner && ((value) => value === undefined || inner(value));
    }
    default:
      return undefined;
  }
}

/** A loose object (unknown fields kept as they are) whose fields can all be checked here. */
function objectCheck(schema: unknown): Check | undefined {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.catchall || defOf(def.catchall).type !== 'unknown') return undefined;
  const fields: Array<[string, Check]> = [];
  for (const [name, field] of Object.entries(def.shape as Record<string, unknown>)) {
    const check = fieldCheck(field);
    if (!check) return undefined;
    fields.push([name, check]);
  }
  return (value) => fields.every(([name, check]) => check((value as Record<string, unknown>)[name]));
}

/**
 * From a discriminated union of loose objects: a function that returns the value itself when it is
 * certainly an event of the union, else undefined (which says nothing: zod decides).
 */
export function compileFastCheck<T>(union: z.ZodMiniType<T>): (value: unknown) => T | undefined {
  const def = defOf(union);
  const byType = new Map<unknown, Check>();
  const key = def.discriminator as string;
  for (const option of def.options as unknown[]) {
    const shape = defOf(option).shape as Record<string, unknown> | undefined;
    const literal = defOf(shape?.[key]);
    const check = objectCheck(option);
    if (check && literal.type === 'literal') for (const type of literal.values as unknown[]) byType.set(type, check);
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const check = byType.get((value as Record<string, unknown>)[key]);
    return check?.(value) ? (value as T) : undefined;
  };
}
