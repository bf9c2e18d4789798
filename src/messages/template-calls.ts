import Handlebars from 'handlebars';
import type { MessageKey, Params } from '../i18n/index.js';
import { MAX_BLOCK_DEPTH, tooDeep } from './block-depth.js';

const BLOCK_HELPERS: readonly string[] = ['if', 'unless', 'each', 'with'];

// The only helpers a template may call, and how many values each takes. Handlebars checks the
// count only when the template runs, with no position in the message; `lookup` and an inline
// `{{unless x}}` do not check at all and crash inside Handlebars.
const ARITY = new Map<string, { count: number; example: string }>([
  ['if', { count: 1, example: '{{#if customer}}…{{/if}}' }],
  ['unless', { count: 1, example: '{{#unless customer}}…{{/unless}}' }],
  ['each', { count: 1, example: '{{#each messages}}…{{/each}}' }],
  ['with', { count: 1, example: '{{#with brand}}…{{/with}}' }],
  ['lookup', { count: 2, example: '{{lookup brand "name"}}' }],
]);

/** Runtime options: said explicitly, so Handlebars refuses `{{constructor}}` quietly instead of warning on the console. */
export const NO_PROTOTYPE = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/** Why a template cannot be used, at its 1-based line and 0-based column (as Handlebars counts). */
export interface TemplateProblem {
  messageId: MessageKey;
  detail: string;
  data?: Params;
  line: number;
  column: number;
}

export type Call = hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement;

/** Jison's parse errors carry only the line and a caret under a 20-character excerpt. */
function parseErrorPosition(text: string, message: string): { line: number; column: number } {
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? 1);
  const [, excerpt = '', caret = ''] = message.split('\n');
  const past = excerpt.slice(0, caret.length - 1).replace(/^\.\.\./, '');
  const row = text.split('\n')[line - 1] ?? '';
  for (let column = Math.min(past.length, row.length); column > 0; column -= 1) {
    if (past.endsWith(row.slice(0, column))) return { line, column };
  }
  return { line, column: 0 };
}

/** A template parsed and its calls checked (checkCalls): its program, or the first reason it cannot be used. */
export function parseTemplate(
  text: string,
  allow: { each: boolean },
): { program: hbs.AST.Program } | { problem: TemplateProblem } {
  const deep = tooDeep(text);
  if (deep) return { problem: { messageId: 'template.tooDeep', detail: '', data: { max: MAX_BLOCK_DEPTH }, ...deep } };
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const got = /got '([^']+)'/.exec(message)?.[1] ?? '';
    const messageId: MessageKey = got === 'EOF' ? 'template.unclosed' : 'template.parse';
    return { problem: { messageId, detail: got === 'EOF' ? '' : got, ...parseErrorPosition(text, message) } };
  }
  const problem = checkCalls(program, allow);
  return problem ? { problem } : { program };
}

/** The helper a call invokes, decided as Handlebars decides it: a one-part name, not `this.x` or `../x`. */
export function helperName(call: Call): string | undefined {
  const path = call.path;
  if (path.type !== 'PathExpression') return undefined;
  const simple = Handlebars.AST.helpers.simpleId(path as hbs.AST.PathExpression);
  return simple ? (path as hbs.AST.PathExpression).parts[0] : undefined;
}

export function isLiteral(node: hbs.AST.Node): node is hbs.AST.Literal {
  return /Literal$/.test(node.type);
}

/** A literal as the template wrote it: `"s"`, `1`, `true`. */
export function literalText(node: hbs.AST.Literal): string {
  return node.type === 'StringLiteral'
    ? JSON.stringify((node as hbs.AST.StringLiteral).value)
    : String((node as hbs.AST.NumberLiteral).original);
}

const at = (node: hbs.AST.Node) => ({ line: node.loc.start.line, column: node.loc.start.column });

function callProblem(call: Call, each: boolean): TemplateProblem | undefined {
  const problem = (messageId: MessageKey, detail: string, data?: Params) => ({
    messageId,
    detail,
    data,
    ...at(call.path),
  });
  const isBlock = call.type === 'BlockStatement';
  if (isLiteral(call.path)) return problem('template.literal', literalText(call.path));
  const name = helperName(call);
  const arity = name === undefined ? undefined : ARITY.get(name);
  if (!arity) {
    // A block with no arguments is a Mustache section; the caller decides whether it allows them.
    return Handlebars.AST.helpers.helperExpression(call)
      ? problem('template.unknownHelper', (call.path as hbs.AST.PathExpression).original)
      : undefined;
  }
  const helper = name!;
  if (helper === 'each' && !each) return problem('template.each', '');
  if (isBlock && !BLOCK_HELPERS.includes(helper)) return problem('template.notBlock', helper);
  if (!isBlock && BLOCK_HELPERS.includes(helper)) return problem('template.blockOnly', helper);
  if (call.params.length !== arity.count)
    return problem('template.arity', helper, { count: arity.count, example: arity.example });
  return undefined;
}

/**
 * What every template, response or report, must respect before Handlebars compiles it: helpers
 * that exist, called as blocks or not as they are meant to be, with the values they need; no
 * partials or decorators (nothing registers any); `each` only where there are lists to loop over.
 * The first problem in the text, or none.
 */
function checkCalls(program: hbs.AST.Program, allow: { each: boolean }): TemplateProblem | undefined {
  const problems: TemplateProblem[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const typed = node as hbs.AST.Node;
    switch (typed.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement':
        problems.push({ messageId: 'template.partial', detail: '', ...at(typed) });
        return;
      case 'Decorator':
      case 'DecoratorBlock':
        problems.push({ messageId: 'template.decorator', detail: '', ...at(typed) });
        return;
      case 'MustacheStatement':
      case 'SubExpression':
      case 'BlockStatement': {
        const problem = callProblem(typed as Call, allow.each);
        if (problem) problems.push(problem);
        break;
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in value) visit(value);
    }
  };
  visit(program);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column)[0];
}
