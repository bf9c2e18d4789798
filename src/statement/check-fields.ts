import type { Call, TemplateProblem } from '../messages/template-calls.js';

/** A name a template uses that the page does not have, at the path's position (column 0-based). */
interface MissingField extends TemplateProblem {
  field: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** The helper a call invokes: only a call with values is one (checkCalls has refused unknown helpers). */
const helperOf = (node: Call) =>
  node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0
    ? (node.path as hbs.AST.PathExpression).original
    : undefined;

/**
 * Every name the template reads, resolved against a sample of the page (each list with one item),
 * following the context as `#each`, `#with` and sections change it and as `../` climbs back.
 * Strict mode catches a missing name only where it is printed; this also finds one in `{{#if}}` or
 * `{{#each}}`, before anything renders. A block with `as |x|` is left to strict mode, as is the
 * name `lookup` reads, chosen at run time.
 */
export function missingField(program: hbs.AST.Program, sample: unknown): MissingField | undefined {
  const found: MissingField[] = [];
  const resolve = (path: hbs.AST.PathExpression, stack: readonly unknown[]): unknown => {
    if (path.data && path.parts[0] !== 'root') return undefined;
    let value = path.data ? sample : stack[stack.length - 1 - path.depth];
    for (const part of path.data ? path.parts.slice(1) : path.parts) {
      if (Array.isArray(value) && part === 'length') value = value.length;
      else if (Array.isArray(value) && /^\d+$/.test(part)) value = value[0];
      else if (isObject(value) && Object.hasOwn(value, part)) value = value[part];
      else {
        const { line, column } = path.loc.start;
        found.push({ messageId: 'template.renderError', detail: '', line, column, field: path.original });
        return undefined;
      }
    }
    return value;
  };
  const value = (node: hbs.AST.Expression, stack: readonly unknown[]): unknown => {
    if (node.type === 'PathExpression') return resolve(node as hbs.AST.PathExpression, stack);
    if (node.type === 'SubExpression') values(node as hbs.AST.SubExpression, stack);
    return undefined;
  };
  /** The call's values, each checked; its first, or the section's own value when it is no helper call. */
  const values = (node: Call, stack: readonly unknown[]): unknown => {
    const helper = helperOf(node);
    if (helper === undefined) return value(node.path, stack);
    const checked = node.params.map((param, index) =>
      helper === 'lookup' && index > 0 ? undefined : value(param, stack),
    );
    for (const pair of node.hash?.pairs ?? []) value(pair.value, stack);
    return checked[0];
  };
  const visit = (nodes: readonly hbs.AST.Statement[], stack: readonly unknown[]): void => {
    for (const node of nodes) {
      if (node.type === 'MustacheStatement') values(node as hbs.AST.MustacheStatement, stack);
      if (node.type !== 'BlockStatement') continue;
      const block = node as hbs.AST.BlockStatement;
      const helper = helperOf(block);
      const subject = values(block, stack);
      if (block.program?.blockParams?.length) continue;
      // `#each` enters a list's items; `#with` and a section over an object or a list enter it.
      const entered: unknown = Array.isArray(subject) ? (subject as unknown[])[0] : subject;
      const inner =
        helper === 'each' || helper === 'with' || (helper === undefined && isObject(subject))
          ? [...stack, entered]
          : stack;
      if (block.program) visit(block.program.body, inner);
      if (block.inverse) visit(block.inverse.body, stack);
    }
  };
  visit(program.body, [sample]);
  return found.sort((a, b) => a.line - b.line || a.column - b.column)[0];
}
