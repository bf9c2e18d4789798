import { helperName } from './template-calls.js';

/**
 * Renders a parsed template by walking its tree, for the templates lint has analysed (values,
 * `lookup`, `#if` / `#unless` / `#with`), without Handlebars generating and compiling a function
 * for each: lint renders every response of a thousand plans, each template new. Wherever it is
 * not certain to print what Handlebars would (a value missing, null, not plain text or a plain
 * object, a name JavaScript or Handlebars treats specially, any other construct), it answers
 * undefined and the caller compiles the template as before, errors included.
 * test/unit/interpret-template.test.ts compares the two on generated templates.
 */

/** Thrown inside, caught in interpretTemplate: Handlebars must decide. */
const UNSURE = new Error('not interpreted');
const unsure = (): never => {
  throw UNSURE;
};

// Helpers Handlebars knows by name: a mustache naming one calls it, with or without values.
const HELPERS = new Set(['if', 'unless', 'with', 'each', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);
// Names whose lookup Handlebars guards (prototype access) or JavaScript treats specially.
const GUARDED = new Set(['constructor', '__proto__', '__defineGetter__', '__defineSetter__', '__lookupGetter__']);

interface Frame {
  /** depths[0] is the current context; `../` climbs one. */
  depths: readonly unknown[];
  root: unknown;
}

// Prototypes that hold no name a template could reach: dictionary()'s (user-keys.ts) has a symbol only.
const bare = new WeakMap<object, boolean>();
const isBare = (proto: object) => {
  let known = bare.get(proto);
  if (known === undefined)
    bare.set(proto, (known = Object.getPrototypeOf(proto) === null && Object.getOwnPropertyNames(proto).length === 0));
  return known;
};

/** An object whose names are its own data: a record from the plan, or from dictionary(). */
const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || isBare(proto);
};

/** One own property of a plain object, as Handlebars' strict lookup returns it. */
function property(object: unknown, key: string): unknown {
  if (!isPlainObject(object) || GUARDED.has(key) || !Object.hasOwn(object, key)) return unsure();
  return object[key];
}

function pathValue(path: hbs.AST.PathExpression, frame: Frame): unknown {
  let value: unknown;
  let parts = path.parts;
  if (path.data) {
    if (parts[0] !== 'root' || path.depth > 0) return unsure();
    value = frame.root;
    parts = parts.slice(1);
  } else {
    if (path.depth >= frame.depths.length) return unsure();
    value = frame.depths[path.depth];
  }
  for (const part of parts) value = property(value, part);
  return value;
}

/** A value: a path, or `(lookup object "key")`. */
function valueOf(node: hbs.AST.Expression, frame: Frame): unknown {
  if (node.type === 'PathExpression') return pathValue(node as hbs.AST.PathExpression, frame);
  if (node.type === 'SubExpression') return call(node as hbs.AST.SubExpression, frame);
  return unsure();
}

/** `lookup object key`, the one helper a value may call (isWalkable checked its shape). */
function call(node: hbs.AST.SubExpression | hbs.AST.MustacheStatement, frame: Frame): unknown {
  const [object, key] = node.params as [hbs.AST.Expression, hbs.AST.StringLiteral | hbs.AST.NumberLiteral];
  return property(valueOf(object, frame), String(key.value));
}

/**
 * What a mustache prints: text, numbers and booleans as JavaScript writes them. Handlebars joins
 * a program's pieces with `+`, so a number or boolean first adds up with the next (0 then true
 * gives 1): only after some text has started the output is it written out as text.
 */
function printed(value: unknown, started: boolean): string {
  if (typeof value === 'string') return value;
  if (started && (typeof value === 'number' || typeof value === 'boolean')) return String(value);
  return unsure();
}

/** Handlebars' isEmpty, with `includeZero` unset as lint's templates leave it: 0 is empty to `#if`. */
const isEmpty = (value: unknown) => (!value && value !== 0) || (Array.isArray(value) && value.length === 0);

/** `#if`, `#unless` or `#with` over one value (isWalkable checked its shape). */
function block(node: hbs.AST.BlockStatement, frame: Frame): string {
  const helper = node.path.parts[0];
  const value = valueOf(node.params[0]!, frame);
  if (typeof value === 'function') return unsure();
  if (helper === 'if' || helper === 'unless') {
    const yes = !(!value || isEmpty(value)) === (helper === 'if');
    return run(yes ? node.program : node.inverse, frame);
  }
  if (isEmpty(value)) return run(node.inverse, frame);
  if (!isPlainObject(value)) return unsure();
  // Handlebars adds a level only for a context other than the current one.
  const depths = value !== frame.depths[0] ? [value, ...frame.depths] : frame.depths;
  return run(node.program, { depths, root: frame.root });
}

function run(program: hbs.AST.Program | undefined, frame: Frame): string {
  let text = '';
  let started = false; // a piece of text was added (Handlebars skips empty content)
  for (const statement of program?.body ?? []) {
    switch (statement.type) {
      case 'ContentStatement': {
        const { value } = statement as hbs.AST.ContentStatement;
        text += value;
        started ||= value !== '';
        break;
      }
      case 'MustacheStatement': {
        const mustache = statement as hbs.AST.MustacheStatement;
        const value =
          mustache.params.length > 0
            ? call(mustache, frame)
            : pathValue(mustache.path as hbs.AST.PathExpression, frame);
        text += printed(value, started);
        started = true;
        break;
      }
      case 'BlockStatement':
        text += block(statement as hbs.AST.BlockStatement, frame);
        started = true;
        break;
      // Comments print nothing; isWalkable let no other statement through.
    }
  }
  return text;
}

const isPath = (node: hbs.AST.Node): node is hbs.AST.PathExpression =>
  node.type === 'PathExpression' &&
  (!(node as hbs.AST.PathExpression).data || (node as hbs.AST.PathExpression).parts[0] === 'root');
const isLookup = (node: hbs.AST.SubExpression | hbs.AST.MustacheStatement) =>
  !node.hash &&
  isPath(node.path) &&
  helperName(node) === 'lookup' &&
  node.params.length === 2 &&
  isValue(node.params[0]!) &&
  (node.params[1]!.type === 'StringLiteral' || node.params[1]!.type === 'NumberLiteral');
const isValue = (node: hbs.AST.Node): boolean =>
  isPath(node) || (node.type === 'SubExpression' && isLookup(node as hbs.AST.SubExpression));

/**
 * Whether every node, in branches a render may skip too, is one the walk knows: Handlebars
 * compiles the whole template first and refuses, say, an unknown helper in an `#if` never taken.
 */
function isWalkable(program: hbs.AST.Program | undefined): boolean {
  return (program?.body ?? []).every((statement) => {
    if (statement.type === 'ContentStatement' || statement.type === 'CommentStatement') return true;
    if (statement.type === 'MustacheStatement') {
      const mustache = statement as hbs.AST.MustacheStatement;
      if (mustache.params.length > 0 || mustache.hash) return isLookup(mustache);
      return isPath(mustache.path) && !HELPERS.has(helperName(mustache) ?? '');
    }
    if (statement.type !== 'BlockStatement') return false;
    const node = statement as hbs.AST.BlockStatement;
    return (
      !node.hash &&
      isPath(node.path) &&
      ['if', 'unless', 'with'].includes(helperName(node) ?? '') &&
      node.params.length === 1 &&
      isValue(node.params[0]!) &&
      !node.program?.blockParams?.length &&
      !node.inverse?.blockParams?.length &&
      isWalkable(node.program) &&
      isWalkable(node.inverse)
    );
  });
}
const walkable = new WeakMap<hbs.AST.Program, boolean>();

/** The template rendered as Handlebars (strict, no escaping) would, or undefined where only Handlebars can say. */
export function interpretTemplate(program: hbs.AST.Program, context: unknown): string | undefined {
  let known = walkable.get(program);
  if (known === undefined) walkable.set(program, (known = isWalkable(program)));
  if (!known) return undefined;
  try {
    return run(program, { depths: [context], root: context });
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}
