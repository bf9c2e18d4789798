import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Alias,
  type CST,
  type Document,
  type LineCounter,
  type Node,
} from 'yaml';
import type { MessageKey, Params } from '../i18n/index.js';
import type { Report } from './finding.js';
import { rangePosition } from './locate.js';

/**
 * Deeper than this, nesting is a mistake (a run of brackets, an indent gone wrong), and every
 * recursive walk after parsing (yaml's toJS, zod, the rules) would risk the stack, at a depth
 * that differs by thread. A plan needs about eight levels.
 */
export const MAX_DEPTH = 100;

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;
const isCollection = (token: CST.Token | null | undefined): token is Collection =>
  token?.type === 'block-map' || token?.type === 'block-seq' || token?.type === 'flow-collection';

/** The offset of the first collection nested past MAX_DEPTH, read from yaml's CST by a loop, not a recursion. */
export function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const open: Array<{ token: Collection; depth: number }> = [];
  const push = (token: CST.Token | null | undefined, depth: number) => {
    if (isCollection(token)) open.push({ token, depth });
  };
  for (const token of tokens) if (token.type === 'document') push(token.value, 1);
  let first: number | undefined;
  for (let next = open.pop(); next; next = open.pop()) {
    const { token, depth } = next;
    if (depth > MAX_DEPTH) first = Math.min(first ?? token.offset, token.offset);
    else
      for (const item of token.items) {
        push(item.key, depth + 1);
        push(item.value, depth + 1);
      }
  }
  return first;
}

/**
 * What the reader checks itself, in one walk of the document: a key twice in one mapping (yaml's
 * own check compares each key with every earlier one, seconds for a mapping of thousands of
 * keys), and an alias with no anchor before it (which yaml only throws on in toJS, with no place).
 * Keys are the same as yaml's `uniqueKeys` has them: the same node, or scalars of equal value.
 */
export function documentProblem(doc: Document.Parsed, lineCounter: LineCounter): Report | undefined {
  const anchors = new Set<string>();
  let first: { at: number; report: Report } | undefined;
  // The walk goes on past a problem: a mapping is checked before its values, which come first in the file.
  const note = (range: readonly number[] | null | undefined, messageId: MessageKey, data?: Params) => {
    const [start = 0, end = start] = range ?? [];
    if (first && first.at <= start) return;
    first = { at: start, report: { position: rangePosition(lineCounter, start, end), messageId, data } };
  };
  // In the file's order (children pushed last to first), so an anchor is seen before the aliases after it.
  const open: unknown[] = [doc.contents];
  while (open.length > 0) {
    const node = open.pop();
    if (isAlias(node)) {
      if (!anchors.has(node.source)) note(node.range, 'yaml.badAlias', { name: node.source });
    } else if (isNode(node) && node.anchor) anchors.add(node.anchor);
    if (isPair(node)) open.push(node.value, node.key);
    else if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i -= 1) open.push(node.items[i]);
    else if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const { key } of node.items) {
        const value = isScalar(key) ? key.value : key;
        if (keys.has(value)) note(isNode(key) ? key.range : node.range, 'yaml.duplicateKey');
        keys.add(value);
      }
      for (let i = node.items.length - 1; i >= 0; i -= 1) open.push(node.items[i]);
    }
  }
  return first?.report;
}

/**
 * The alias at which yaml's toJS stops an alias bomb, counted as it counts: each alias of an
 * anchor is one more use of it, times the values the anchored node expands to; past `max`, it stops.
 */
export function bombAlias(doc: Document.Parsed, max: number): Alias | undefined {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const uses = new Map<Node, { count: number; expands: number }>();
  const expands = (node: unknown): number => {
    if (isAlias(node)) {
      const use = uses.get(targets.get(node) as Node);
      return use ? use.count * use.expands : 0;
    }
    if (isPair(node)) return Math.max(expands(node.key), expands(node.value));
    if (!isMap(node) && !isSeq(node)) return 1;
    let most = 0;
    for (const item of node.items) most = Math.max(most, expands(item));
    return most;
  };
  const open: unknown[] = [doc.contents];
  while (open.length > 0) {
    const node = open.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const use = target && uses.get(target);
      if (!target || !use) continue;
      targets.set(node, target);
      use.count += 1;
      if (use.expands === 0) use.expands = expands(target);
      if (use.count * use.expands > max) return node;
      continue;
    }
    if (isNode(node) && node.anchor) {
      anchors.set(node.anchor, node);
      uses.set(node, { count: 1, expands: 0 });
    }
    if (isPair(node)) open.push(node.value, node.key);
    else if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i -= 1) open.push(node.items[i]);
  }
  return undefined;
}
