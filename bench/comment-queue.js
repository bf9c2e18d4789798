// A busy comment queue for the bundled Spanish plan: `count` comments added by hand to one
// incident, most of them settled (answered in public or in private, reviewed, hidden, some
// authors blocked after their answer), and mentions as `crisis watch` stores them. Used by
// bench/budgets.js: a report of 5,000 comments, and the walkthrough with 500 waiting.

const LINKS = ['https://x.com/c', 'https://instagram.com/p', 'https://facebook.com/miravista/posts'];
const REASONS = ['spam', 'duplicate', 'answered-elsewhere'];

/** The queue file's lines for `count` comments seen from `start`, one a minute's fraction apart. */
export function commentLines(count, { start = Date.UTC(2026, 10, 22, 20, 20) } = {}) {
  const lines = [];
  const at = (offset) => new Date(start + offset * 1000).toISOString();
  for (let i = 0; i < count; i += 1) {
    const id = i.toString(16).padStart(8, '0');
    lines.push({
      type: 'comment',
      at: at(i * 2),
      id,
      link: `${LINKS[i % 3]}/${i}`,
      text: `Comentario ${i} sobre el retraso`,
      author: `@cliente${i % 400}`,
    });
    const later = at(i * 2 + 600 + (i % 37) * 60);
    const kind = i % 10;
    if (kind < 4)
      lines.push({
        type: 'settled',
        at: later,
        id,
        state: 'public',
        channel: 'x',
        text: 'Lo sentimos: te escribimos por privado.',
      });
    else if (kind < 6)
      lines.push({
        type: 'settled',
        at: later,
        id,
        state: 'private',
        channel: 'x',
        text: 'Hola, ya lo hemos revisado.',
      });
    else if (kind < 8) lines.push({ type: 'settled', at: later, id, state: 'reviewed', reason: REASONS[i % 3] });
    else if (kind < 9)
      lines.push({ type: 'settled', at: later, id, state: 'hidden', reason: 'la plataforma lo ocultó' });
    if (kind === 0 && i % 20 === 0)
      lines.push({ type: 'settled', at: at(i * 2 + 4000), id, state: 'blocked', reason: 'insultos tras la disculpa' });
  }
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}

/** The watch store's lines: `count` mentions first seen between `from` and `to`. */
export function mentionLines(count, from, to) {
  const step = (to - from) / Math.max(1, count);
  const lines = [];
  for (let i = 0; i < count; i += 1)
    lines.push({
      id: `https://mastodon.example/@u${i}/${i}`,
      feed: 'Mastodon #miravista',
      feedUrl: 'https://mastodon.example/tags/miravista.rss',
      link: `https://mastodon.example/@u${i}/${i}`,
      author: `@u${i}`,
      text: `Óptica Miravista: mención ${i}, sigo esperando mis gafas`,
      seen: new Date(from + i * step).toISOString(),
      terms: ['Miravista'],
      flagged: false,
      flags: [],
    });
  return `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`;
}
