// For the watch budget: a local server of feeds, each of 100 RSS items naming the brand, started
// as its own process (the measured binary is run with spawnSync, which would stall a server in
// the bench's own). Usage: node bench/feed-server.js PORT_FILE; it writes its port there.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const item = (feed, i) =>
  `<item><title>Post ${i} about Miravista</title><link>https://x.example/${feed}/${i}</link><guid>https://x.example/${feed}/${i}</guid><pubDate>Mon, 07 Dec 2026 08:12:45 +0000</pubDate><description>&lt;p&gt;Hola &lt;b&gt;Miravista&lt;/b&gt;, ${'lorem ipsum dolor sit amet '.repeat(8)}&lt;/p&gt;</description></item>`;
const feed = (n) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://x.example/${n}</link><description>d</description>${Array.from({ length: 100 }, (_, i) => item(n, i)).join('')}</channel></rss>`;
const bodies = new Map();
const server = createServer((request, response) => {
  const n = /^\/feed\/(\d+)$/.exec(request.url ?? '')?.[1];
  if (n === undefined) return response.writeHead(404).end();
  if (!bodies.has(n)) bodies.set(n, feed(n));
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(bodies.get(n));
});
server.listen(0, '127.0.0.1', () => writeFileSync(process.argv[2], String(server.address().port)));
