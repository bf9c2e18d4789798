import Handlebars from 'handlebars';
import type { MessageKey } from '../i18n/index.js';

/** Helpers a template may call; anything else is refused at compile time. */
export const KNOWN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { log: false, helperMissing: false, blockHelperMissing: false },
  // Posts are plain text: HTML escaping would turn an apostrophe into &#x27;.
  noEscape: true,
} as const;

/** A name the template reads from its context, e.g. `brand.apology_url` or `customer`. */
export interface NameUse {
  parts: string[];
  line: number;
  /** 0-based, as Handlebars counts. */
  column: number;
}

export type Analysis =
  | { ok: true; names: NameUse[] }
  | { ok: false; messageId: MessageKey; detail: string; line: number; column: number };

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

function describeParseError(message: string): { messageId: MessageKey; detail: string } {
  const got = /got '([^']+)'/.exec(message)?.[1] ?? '';
  if (got === 'EOF') return { messageId: 'template.unclosed', detail: '' };
  return { messageId: 'template.parse', detail: got };
}

function collectNames(program: hbs.AST.Program): NameUse[] {
  const names: NameUse[] = [];
  // Inside #each / #with the context changes; only paths that climb back (`../`) to the root are checkable.
  const visitPath = (path: hbs.AST.PathExpression, scopes: number) => {
    if (path.data) {
      if (path.parts[0] === 'root' && path.parts.length > 1) names.push({ parts: path.parts.slice(1), line: path.loc.start.line, column: path.loc.start.column });
      return;
    }
    if (path.depth === scopes && path.parts.length > 0) names.push({ parts: path.parts, line: path.loc.start.line, column: path.loc.start.column });
  };
  const visitExpression = (node: hbs.AST.Expression, scopes: number) => {
    if (node.type === 'PathExpression') visitPath(node as hbs.AST.PathExpression, scopes);
    else if (node.type === 'SubExpression') visitCall(node as hbs.AST.SubExpression, scopes);
  };
  const visitCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement, scopes: number) => {
    const isHelperCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type === 'BlockStatement';
    if (!isHelperCall) visitExpression(node.path as hbs.AST.Expression, scopes);
    for (const param of node.params) visitExpression(param, scopes);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, scopes);
  };
  const visitProgram = (node: hbs.AST.Program | undefined, scopes: number) => {
    for (const statement of node?.body ?? []) {
      if (statement.type === 'MustacheStatement') visitCall(statement as hbs.AST.MustacheStatement, scopes);
      else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        visitCall(block, scopes);
        const helper = (block.path as hbs.AST.PathExpression).original;
        const changesContext = helper === 'each' || helper === 'with';
        visitProgram(block.program, changesContext ? scopes + 1 : scopes);
        visitProgram(block.inverse, scopes);
      }
    }
  };
  visitProgram(program, 0);
  return names;
}

function findUnknownHelper(program: hbs.AST.Program): hbs.AST.PathExpression | undefined {
  let found: hbs.AST.PathExpression | undefined;
  const known: readonly string[] = KNOWN_HELPERS;
  const visit = (node: unknown): void => {
    if (found || node === null || typeof node !== 'object') return;
    const call = node as { type?: string; path?: hbs.AST.PathExpression; params?: unknown[]; hash?: { pairs: unknown[] } };
    const isCall = call.type === 'BlockStatement' || ((call.type === 'MustacheStatement' || call.type === 'SubExpression') && ((call.params?.length ?? 0) > 0 || (call.hash?.pairs.length ?? 0) > 0));
    if (isCall && call.path?.type === 'PathExpression' && !known.includes(call.path.original)) {
      found = call.path;
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in value) visit(value);
    }
  };
  visit(program);
  return found;
}

function findPartial(program: hbs.AST.Program): hbs.AST.Node | undefined {
  for (const statement of program.body) {
    if (statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement' || statement.type === 'DecoratorBlock') return statement;
    if (statement.type === 'BlockStatement') {
      const block = statement as hbs.AST.BlockStatement;
      const inner = findPartial(block.program) ?? (block.inverse && findPartial(block.inverse));
      if (inner) return inner;
    }
  }
  return undefined;
}

// Analysis depends on the text alone; plans share templates, and lint may see the same one a thousand times.
const analyses = new Map<string, Analysis>();

export function analyzeTemplate(text: string): Analysis {
  let result = analyses.get(text);
  if (!result) {
    result = analyze(text);
    analyses.set(text, result);
  }
  return result;
}

function analyze(text: string): Analysis {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, ...describeParseError(message), ...parseErrorPosition(text, message) };
  }
  const partial = findPartial(program);
  if (partial) return { ok: false, messageId: 'template.partial', detail: '', line: partial.loc.start.line, column: partial.loc.start.column };
  // The same refusal knownHelpersOnly gives at compile time, found without compiling twice.
  const unknown = findUnknownHelper(program);
  if (unknown) return { ok: false, messageId: 'template.unknownHelper', detail: unknown.original, line: unknown.loc.start.line, column: unknown.loc.start.column };
  return { ok: true, names: collectNames(program) };
}
