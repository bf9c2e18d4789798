import type * as z from 'zod/mini';
import type { YamlPath } from './finding.js';

// Paths into a plan: how one reads in a message, the value at one, and the keys the schema allows
// there, read from zod's public `def` so that suggestions never drift from the schema.

type Schema = z.ZodMiniType;

/** `contacts[2].backup`: how a path reads in a message. */
export function formatPath(path: YamlPath): string {
  return path.reduce<string>(
    (out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment),
    '',
  );
}

export function valueAt(data: unknown, path: YamlPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The schema an optional, a default or a pipe wraps: what says which keys a mapping has. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let guard = 0; guard < 10; guard += 1) {
    const def = current.def;
    if ('innerType' in def) current = def.innerType as Schema;
    else if (def.type === 'pipe') current = (def as z.core.$ZodPipeDef).in as Schema;
    else break;
  }
  return current;
}

/** The schema of one key or item, through zod's public `def`. */
function child(schema: Schema, segment: string | number): Schema | undefined {
  const def = unwrap(schema).def;
  if (def.type === 'array') return (def as z.core.$ZodArrayDef).element as Schema;
  if (def.type === 'record') return (def as z.core.$ZodRecordDef).valueType as Schema;
  const shape = def.type === 'object' ? (def as z.core.$ZodObjectDef).shape : undefined;
  return shape && Object.hasOwn(shape, segment) ? (shape[segment] as Schema) : undefined;
}

/** The keys a mapping at `path` may have, read from the schema itself so they never drift. */
export function knownKeys(schema: Schema, path: YamlPath): string[] {
  let current: Schema | undefined = schema;
  for (const segment of path) current = current && child(current, segment);
  const def = current && unwrap(current).def;
  return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}
