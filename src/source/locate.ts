import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';
import type { Position, YamlPath } from './finding.js';

function resolve(node: unknown, doc: Document): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

// A mapping's pairs by key, made once: a plan with thousands of findings in one mapping would
// otherwise search it once per finding.
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const pair of map.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name !== undefined && !pairs.has(name)) pairs.set(name, pair);
    }
    pairsByKey.set(map, pairs);
  }
  return pairs.get(key);
}

/** The node at `path` and its key (`exact`), or the nearest ancestor found (not `exact`). */
function findNode(doc: Document, path: YamlPath) {
  let node = resolve(doc.contents, doc) as Node | undefined;
  let keyNode: Node | undefined;
  if (!node) return undefined;
  for (const segment of path) {
    let next: Node | undefined;
    keyNode = undefined;
    if (isMap(node)) {
      const pair = pairOf(node, String(segment));
      if (pair) {
        keyNode = pair.key as Node;
        next = (resolve(pair.value, doc) as Node | null) ?? (pair.key as Node);
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = resolve(node.items[segment], doc) as Node | undefined;
    }
    if (!next) return { node, exact: false };
    node = next;
  }
  return { node, keyNode, exact: true };
}

export function rangePosition(lineCounter: LineCounter, start: number, end: number): Position {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

export function locate(
  doc: Document | undefined,
  lineCounter: LineCounter,
  path: YamlPath,
  on: 'key' | 'value' = 'value',
): Position {
  const found = doc && findNode(doc, path);
  const target = found?.exact && on === 'key' && found.keyNode ? found.keyNode : found?.node;
  if (!target?.range) return { line: 1, column: 1 };
  return rangePosition(lineCounter, target.range[0], target.range[1]);
}

/**
 * Where a (1-based line, 0-based column) spot of an inline template sits in the YAML file.
 * Exact for block scalars (`text: |`) and single-line scalars; otherwise the scalar's start.
 */
export function locateInScalar(
  doc: Document | undefined,
  lineCounter: LineCounter,
  source: string,
  path: YamlPath,
  line: number,
  column: number,
): Position {
  const found = doc && findNode(doc, path);
  const node = found?.exact ? found.node : undefined;
  if (!node || !isScalar(node) || !node.range) return locate(doc, lineCounter, path);
  const start = lineCounter.linePos(node.range[0]);
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const body = source.slice(node.range[0]).split('\n').slice(1);
    const indent = body.find((row) => row.trim() !== '')?.match(/^ */)?.[0].length ?? 0;
    return { line: start.line + line, column: indent + column + 1 };
  }
  const raw = source.slice(node.range[0], node.range[1]);
  if (line === 1 && !raw.includes('\n')) {
    const quote = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE ? 1 : 0;
    return { line: start.line, column: start.col + quote + column };
  }
  return { line: start.line, column: start.col };
}
