import type { MessageKey } from '../i18n/index.js';
import type { NameUse } from './name-use.js';
import { RecentCache } from './recent-cache.js';
import { CONTEXT_FIELDS } from './render-context.js';
import { helperName, isLiteral, literalText, parseTemplate, type TemplateProblem } from './template-calls.js';

export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { log: false, helperMissing: false, blockHelperMissing: false },
  // Posts are plain text: HTML escaping would turn an apostrophe into &#x27;.
  noEscape: true,
} as const;

/** Templates remembered (analysed, compiled): far more than a plan has, far fewer than a thousand plans. */
export const TEMPLATE_CACHE_SIZE = 64;

export type Analysis = { ok: true; names: NameUse[]; program: hbs.AST.Program } | ({ ok: false } & TemplateProblem);

class Refusal extends Error {
  constructor(readonly problem: TemplateProblem) {
    super(problem.messageId);
  }
}

const refuse = (messageId: MessageKey, detail: string, node: hbs.AST.Node): never => {
  throw new Refusal({ messageId, detail, line: node.loc.start.line, column: node.loc.start.column });
};

/**
 * Accepts only what renders strictly with the values a response has (text, and the fields of
 * brand, incident and channel): a value, `lookup` with a quoted key, and `#if` / `#unless` /
 * `#with` over one value. Anything else is refused at its position, so that a template that
 * passes lint cannot fail, or print a blank or `[object Object]`, when it is rendered.
 */
function collectNames(program: hbs.AST.Program): NameUse[] {
  const names: NameUse[] = [];
  const key = (parts: string[]) => parts.join('\u0000');

  // scopes[0] is the root; `#with brand` pushes ['brand'], and `../` climbs one scope.
  const resolvePath = (path: hbs.AST.PathExpression, scopes: string[][]): string[] => {
    let parts: string[];
    if (path.data) {
      if (path.parts[0] !== 'root' || path.depth > 0) refuse('template.data', path.parts.join('.'), path);
      parts = path.parts.slice(1);
    } else {
      if (path.depth >= scopes.length) refuse('template.climbs', path.original, path);
      parts = [...scopes[scopes.length - 1 - path.depth]!, ...path.parts];
    }
    return parts;
  };
  const lookup = (params: hbs.AST.Expression[], scopes: string[][]): string[] => {
    // checkCalls has made sure `lookup` has its two values.
    const [object, field] = params as [hbs.AST.Expression, hbs.AST.Expression];
    if (field.type !== 'StringLiteral' && field.type !== 'NumberLiteral') refuse('template.lookupKey', '', field);
    return [...resolve(object, scopes), String((field as hbs.AST.StringLiteral).value)];
  };
  const resolve = (node: hbs.AST.Expression, scopes: string[][]): string[] => {
    if (node.type === 'PathExpression') return resolvePath(node as hbs.AST.PathExpression, scopes);
    if (isLiteral(node)) return refuse('template.literal', literalText(node), node);
    // The only subexpression checkCalls lets through is `(lookup value "key")`.
    return lookup((node as hbs.AST.SubExpression).params, scopes);
  };
  const record = (parts: string[], node: hbs.AST.Node, guards: Set<string>, test: boolean): string[] => {
    // `{{this}}` at the top, or `{{@root}}`: printing it gives "[object Object]". `lookup this "x"` is fine.
    if (parts.length === 0) refuse('template.wholeContext', (node as hbs.AST.PathExpression).original ?? '', node);
    names.push({
      parts,
      line: node.loc.start.line,
      column: node.loc.start.column,
      ...(test && { test }),
      ...(guards.has(key(parts)) && { guarded: true }),
    });
    return parts;
  };
  const noHash = (call: hbs.AST.MustacheStatement | hbs.AST.BlockStatement) => {
    const pair = call.hash?.pairs[0];
    if (pair) refuse('template.hash', pair.key, pair);
  };

  const visit = (node: hbs.AST.Program | undefined, scopes: string[][], guards: Set<string>): void => {
    for (const statement of node?.body ?? []) {
      if (statement.type === 'MustacheStatement') {
        const mustache = statement as hbs.AST.MustacheStatement;
        noHash(mustache);
        // A mustache with values is `lookup`: checkCalls refused every other helper.
        const parts = mustache.params.length > 0 ? lookup(mustache.params, scopes) : resolve(mustache.path, scopes);
        record(parts, mustache.path, guards, false);
      } else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        const helper = helperName(block);
        if (helper !== 'if' && helper !== 'unless' && helper !== 'with')
          refuse('template.section', block.path.original, block);
        if (block.program?.blockParams?.length) refuse('template.blockParams', '', block);
        noHash(block);
        const tested = record(resolve(block.params[0]!, scopes), block.params[0]!, guards, true);
        const withTested = new Set([...guards, key(tested)]);
        if (helper === 'with') {
          // Only over brand, incident or channel: distinct objects, so `../` climbs as Handlebars does
          // (it adds a level only when the value differs from the current one, and two texts may be equal).
          if (tested.length !== 1 || !Object.hasOwn(CONTEXT_FIELDS, tested[0]!))
            refuse('template.withObject', tested.join('.'), block.params[0]!);
          const inner = key(tested) === key(scopes[scopes.length - 1]!) ? scopes : [...scopes, tested];
          visit(block.program, inner, withTested);
        } else visit(block.program, scopes, helper === 'if' ? withTested : guards);
        visit(block.inverse, scopes, helper === 'unless' ? withTested : guards);
      }
      // Content and comments read nothing; partials and decorators were refused by checkCalls.
    }
  };
  visit(program, [[]], new Set());
  return names;
}

// Analysis depends on the text alone; plans share templates, and lint may see the same one a thousand times.
const analyses = new RecentCache<Analysis>(TEMPLATE_CACHE_SIZE);

export function analyzeTemplate(text: string): Analysis {
  return analyses.get(text, () => analyze(text));
}

function analyze(text: string): Analysis {
  const parsed = parseTemplate(text, { each: false });
  if ('problem' in parsed) return { ok: false, ...parsed.problem };
  try {
    // The program goes along: rendering compiles it without parsing the text a second time.
    return { ok: true, names: collectNames(parsed.program), program: parsed.program };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, ...error.problem };
    throw error;
  }
}
