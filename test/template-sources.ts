// Generated Handlebars sources, shared by the template fuzz tests.
import fc from 'fast-check';

// Template sources built from the pieces that broke things: names a response has and has not,
// `this`, `../`, `@data`, literals, every helper with too few and too many values, blocks and
// inline calls, sections, hashes, block parameters, partials, decorators, raw blocks, stray braces.
// Mostly well-formed, so that rendering is reached; then a random character inserted or removed.
const NAMES = [
  'customer',
  'v',
  'nope',
  'this',
  '.',
  '@index',
  '@root',
  '@root.brand.name',
  '@first',
  '@../key',
  'brand',
  'brand.name',
  'brand.hashtag',
  'brand.timezone',
  'brand.nope',
  'channel',
  'channel.url',
  'channel.max_length',
  'channel.id',
  'incident',
  'incident.link',
  'customer.length',
  'constructor',
  'toString',
  '__proto__',
  'this.customer',
  './v',
  '[customer]',
  'brand/name',
];
// Names that mean something else inside `#with`: fields of the scope, and climbs out of it.
const RELATIVE = [
  'name',
  'id',
  'url',
  'link',
  'hashtag',
  'length',
  '../v',
  '../customer',
  '../name',
  '../brand',
  '../channel',
  '../this',
  '../../customer',
  '../../name',
  'this',
];
const SCOPES = [
  'brand',
  'incident',
  'channel',
  'this',
  '../brand',
  '../channel',
  '../this',
  '@root.brand',
  'customer',
  'channel.url',
];
const LITERALS = ['1', '"s"', "'s'", 'true', 'null', 'undefined', '-2.5'];
export const KEYS = ['"name"', '"customer"', '"url"', '"hashtag"', '"nope"', '"constructor"', '"__proto__"', '0', 'v'];
const HELPERS = ['if', 'unless', 'with', 'each', 'lookup', 'log', 'shout', 'helperMissing', 'blockHelperMissing'];
const pick = (values: string[]) => fc.constantFrom(...values);
const words = (parts: string[]) => parts.join(' ');

// `wild` adds literals, every helper with any number of values, hashes, block parameters,
// sections, partials and stray braces; without it, templates are well formed and mostly render.
function valueOf(wild: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: pick(NAMES) },
    { weight: 5, arbitrary: pick(RELATIVE) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.oneof(pick(NAMES), pick(RELATIVE)), pick(KEYS))
        .map(([object, key]) => `(lookup ${object} ${key})`),
    },
    { weight: wild ? 1 : 0, arbitrary: pick(LITERALS) },
    {
      weight: wild ? 1 : 0,
      arbitrary: fc
        .tuple(pick(HELPERS), fc.array(pick(NAMES), { maxLength: 2 }))
        .map(([helper, args]) => `(${words([helper, ...args])})`),
    },
  );
}

function mustacheOf(wild: boolean): fc.Arbitrary<string> {
  const value = valueOf(wild);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(pick(['{{', '{{{', '{{&', '{{~']), value)
        .map(([open, name]) => `${open}${name}${open === '{{{' ? '}}}' : '}}'}`),
    },
    { weight: 3, arbitrary: fc.tuple(value, pick(KEYS)).map(([object, key]) => `{{lookup ${object} ${key}}}`) },
    {
      weight: wild ? 2 : 0,
      arbitrary: fc
        .tuple(
          fc.oneof(pick(HELPERS), pick(LITERALS)),
          fc.array(value, { maxLength: 3 }),
          fc.option(pick(['includeZero=true', 'x=customer']), { nil: undefined }),
        )
        .map(([head, args, hash]) => `{{${words([head, ...args, ...(hash ? [hash] : [])])}}}`),
    },
  );
}

const TEXT = pick(['Hola ', ' ', '\n', 'gracias.', '{', '}', '\\{{customer}}', '{{!-- note --}}', '{{! note }}']);
const ODD = pick([
  '{{',
  '}}',
  '{{/if}}',
  '{{else}}',
  '{{> sig}}',
  '{{#> layout}}x{{/layout}}',
  '{{* deco}}',
  '{{#* inline "p"}}x{{/inline}}',
  '{{{{raw}}}}{{x}}{{{{/raw}}}}',
]);

function sourceOf(depth: number, wild: boolean): fc.Arbitrary<string> {
  const inner = depth > 0 ? sourceOf(depth - 1, wild) : fc.constant('');
  const value = valueOf(wild);
  const block = fc
    .tuple(
      fc.oneof(
        { weight: 9, arbitrary: pick(['if', 'unless', 'with', 'with']) },
        { weight: 3, arbitrary: fc.oneof(pick(HELPERS), pick(NAMES)) },
      ),
      fc.oneof(
        { weight: 5, arbitrary: value.map((one) => [one]) },
        { weight: 5, arbitrary: pick(SCOPES).map((one) => [one]) },
        { weight: 1, arbitrary: fc.array(value, { maxLength: 3 }) },
      ),
      fc.oneof(
        { weight: 12, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: pick([' as |b|', ' includeZero=true']) },
      ),
      pick(['#', '#', '#', '^']),
      inner,
      fc.option(inner, { nil: undefined }),
    )
    .map(
      ([helper, args, extra, mark, body, inverse]) =>
        `{{${mark}${words([helper, ...args])}${extra}}}${body}${inverse === undefined ? '' : `{{else}}${inverse}`}{{/${helper}}}`,
    );
  const fragment = fc.oneof(
    { weight: 2, arbitrary: TEXT },
    { weight: 6, arbitrary: mustacheOf(wild) },
    { weight: depth > 0 ? 5 : 0, arbitrary: block },
    { weight: 1, arbitrary: ODD },
  );
  return fc.array(fragment, { minLength: 1, maxLength: 3, size: 'max' }).map((parts) => parts.join(''));
}

// Well-formed templates, built knowing which names each `#with` makes valid, so that most pass
// lint and reach rendering; now and then a name from a scope Handlebars did not open (it opens none
// for `{{#with this}}`), an unset field, or any name at all.
type Scope = 'root' | 'brand' | 'incident' | 'channel';
const FIELDS: Record<Exclude<Scope, 'root'>, string[]> = {
  brand: ['name', 'hashtag', 'timezone'],
  incident: ['link', 'id'],
  channel: ['id', 'name', 'url', 'max_length'],
};
const AT_ROOT = [
  'customer',
  'v',
  'brand.name',
  'brand.hashtag',
  'brand.timezone',
  'channel.id',
  'channel.url',
  'channel.max_length',
  'incident.link',
  'this.customer',
  './v',
  '[customer]',
  '@root.brand.name',
  '@root.customer',
];

function namesIn(scopes: Scope[]): string[] {
  const here = scopes[scopes.length - 1]!;
  const local = here === 'root' ? AT_ROOT : [...FIELDS[here], 'this', `./${FIELDS[here][0]}`];
  const outer = scopes
    .slice(0, -1)
    .flatMap((scope, i) =>
      (scope === 'root' ? ['customer', 'v', 'brand.name'] : FIELDS[scope]).map(
        (name) => `${'../'.repeat(scopes.length - 1 - i)}${name}`,
      ),
    );
  return [...local, ...outer];
}

function scopedOf(depth: number, scopes: Scope[]): fc.Arbitrary<string> {
  const here = scopes[scopes.length - 1]!;
  const name = fc.oneof(
    { weight: 12, arbitrary: pick(namesIn(scopes)) },
    { weight: 1, arbitrary: pick([...NAMES, ...RELATIVE]) },
  );
  const print = fc.oneof(
    { weight: 6, arbitrary: name.map((n) => `{{${n}}}`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pick(here === 'root' ? ['this', '@root'] : ['this', '@root', '..']), pick(KEYS))
        .map(([object, key]) => `{{lookup ${object} ${key}}}`),
    },
  );
  const test = fc
    .tuple(
      pick(['if', 'unless']),
      name,
      depth > 0 ? scopedOf(depth - 1, scopes) : fc.constant(''),
      fc.option(depth > 0 ? scopedOf(depth - 1, scopes) : fc.constant('x'), { nil: undefined }),
    )
    .map(
      ([helper, n, body, inverse]) =>
        `{{#${helper} ${n}}}${body}${inverse === undefined ? '' : `{{else}}${inverse}`}{{/${helper}}}`,
    );
  const targets: Array<Exclude<Scope, 'root'>> = ['brand', 'incident', 'channel'];
  const within = fc.tuple(fc.constantFrom(...targets), fc.boolean(), fc.nat(9)).chain(([target, viaRoot, fault]) => {
    const param =
      target === here
        ? viaRoot
          ? `@root.${target}`
          : 'this'
        : viaRoot || here !== 'root'
          ? `@root.${target}`
          : target;
    // Handlebars adds a scope only for a value other than the current one; a fault assumes it always does.
    const opens = target !== here || fault === 0;
    const body = depth > 0 ? scopedOf(depth - 1, opens ? [...scopes, target] : scopes) : fc.constant('');
    return body.map((text) => `{{#with ${param}}}${text}{{/with}}`);
  });
  const fragment = fc.oneof(
    { weight: 2, arbitrary: TEXT },
    { weight: 5, arbitrary: print },
    { weight: depth > 0 ? 3 : 0, arbitrary: test },
    { weight: depth > 0 ? 4 : 0, arbitrary: within },
  );
  return fc.array(fragment, { minLength: 1, maxLength: 3, size: 'max' }).map((parts) => parts.join(''));
}

export const source = fc.oneof(
  { weight: 4, arbitrary: scopedOf(3, ['root']) },
  { weight: 1, arbitrary: sourceOf(2, false) },
  { weight: 2, arbitrary: sourceOf(2, true) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.oneof(scopedOf(2, ['root']), sourceOf(2, false)),
        fc.nat(),
        pick(['', '{', '}', '#', '/', '^', '~', '&', '!', '.', '@', '"', '|', '\n']),
      )
      .map(([text, at, char]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return char === '' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + char + text.slice(i);
      }),
  },
);
