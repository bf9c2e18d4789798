import Handlebars from 'handlebars';

/**
 * How deep a template may nest blocks (`{{#if}}`, `{{#with}}`, each `{{else if}}` of a chain) and
 * subexpressions: far past any message a person writes. Handlebars' parser takes time that grows
 * with the square of the depth (seconds at a few thousand), and a walk of its tree then overflows
 * the stack, so the depth is found from Handlebars' own lexer, before anything is parsed.
 */
export const MAX_BLOCK_DEPTH = 100;

interface Lexer {
  setInput(text: string): void;
  lex(): number | string;
  yylloc: { first_line: number; first_column: number };
}
// Handlebars.Parser is the parser Handlebars.parse uses; its typings leave it out.
const { Parser } = Handlebars as unknown as { Parser: { lexer: Lexer; terminals_: Record<number, string> } };

const OPENS = new Set(['OPEN_BLOCK', 'OPEN_INVERSE', 'OPEN_PARTIAL_BLOCK', 'OPEN_SEXPR']);
const CLOSES = new Set(['OPEN_ENDBLOCK', 'CLOSE_SEXPR']);

/** Where the template first nests deeper than MAX_BLOCK_DEPTH (1-based line, 0-based column), if it does. */
export function tooDeep(text: string): { line: number; column: number } | undefined {
  // Cheap test first: each level opens with `{{` or `(`, and most templates hold fewer than the limit.
  if ((text.match(/\{\{|\(/g)?.length ?? 0) <= MAX_BLOCK_DEPTH) return undefined;
  const { lexer, terminals_ } = Parser;
  // Each open block counts itself and the `{{else if}}` chained to it: each of those nests one level.
  const stack: number[] = [];
  let depth = 0;
  lexer.setInput(text);
  try {
    for (;;) {
      const token = lexer.lex();
      const name = typeof token === 'number' ? terminals_[token] : token;
      if (name === 'EOF' || name === undefined) return undefined;
      if (CLOSES.has(name)) {
        depth -= stack.pop() ?? 0;
        continue;
      }
      if (OPENS.has(name)) stack.push(1);
      else if (name === 'OPEN_INVERSE_CHAIN' && stack.length > 0) stack.push((stack.pop() ?? 0) + 1);
      else continue;
      depth += 1;
      if (depth > MAX_BLOCK_DEPTH) return { line: lexer.yylloc.first_line, column: lexer.yylloc.first_column };
    }
  } catch {
    // Text the lexer refuses: the parser refuses it too, and says where.
    return undefined;
  }
}
