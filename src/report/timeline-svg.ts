import type { ReportData } from './build-report.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const BAND_COLORS = ['#dbeafe', '#fde68a', '#fecaca', '#e9d5ff', '#bbf7d0'];
const MARKS: Record<string, string> = { published: '#2563eb', contact: '#6b7280', promise: '#9333ea', note: '#111827' };

/**
 * The incident at a glance: levels as bands over time, events as marks, the first-response
 * deadline as a line, green when met and red when missed. Self-contained SVG, text escaped.
 */
export function timelineSvg(
  data: ReportData,
  labels: { time: (iso: string) => string; levelName: (id: string) => string; deadline: string },
  severity: (level: string) => number,
): string {
  const width = 860;
  const height = 136;
  const left = 20;
  const right = width - 20;
  const start = Date.parse(data.incident.detectedAt);
  const end = Math.max(
    Date.parse(data.incident.closedAt ?? data.incident.declaredAt),
    ...data.messages.map((m) => Date.parse(m.at)),
    ...data.contacts.map((c) => Date.parse(c.at)),
    start + 60_000,
    data.firstResponse ? Date.parse(data.firstResponse.due) : 0,
  );
  const x = (iso: string) => left + ((Date.parse(iso) - start) / (end - start)) * (right - left);
  const parts: string[] = [];
  data.levels.forEach((level, index) => {
    const from = index === 0 ? data.incident.detectedAt : level.at;
    const to = data.levels[index + 1]?.at ?? new Date(end).toISOString();
    const color = BAND_COLORS[Math.min(BAND_COLORS.length - 1, Math.max(0, severity(level.level) - 1))];
    parts.push(
      `<rect x="${x(from).toFixed(1)}" y="30" width="${Math.max(1, x(to) - x(from)).toFixed(1)}" height="70" fill="${color}"><title>${escapeXml(level.name)}</title></rect>`,
    );
    parts.push(
      `<text x="${(x(from) + 4).toFixed(1)}" y="46" font-size="12" fill="#111827">${escapeXml(level.name)}</text>`,
    );
  });
  const marks: Array<[string, string, string]> = [
    ...data.contacts.map((c): [string, string, string] => [c.at, 'contact', `${c.name}: ${c.status}`]),
    ...data.messages.map((m): [string, string, string] => [m.at, 'published', m.channelName]),
    ...data.promises.map((p): [string, string, string] => [p.at, 'promise', `${p.to}: ${p.what}`]),
    ...data.notes.map((n): [string, string, string] => [n.at, 'note', n.text]),
  ];
  for (const [at, kind, title] of marks) {
    parts.push(
      `<circle class="mark ${kind}" cx="${x(at).toFixed(1)}" cy="${kind === 'published' ? 75 : kind === 'contact' ? 88 : 62}" r="5" fill="${MARKS[kind]}"><title>${escapeXml(`${labels.time(at)} · ${title}`)}</title></circle>`,
    );
  }
  if (data.firstResponse) {
    const color =
      data.firstResponse.outcome === 'met'
        ? '#16a34a'
        : data.firstResponse.outcome === 'missed'
          ? '#dc2626'
          : '#d97706';
    const at = x(data.firstResponse.due).toFixed(1);
    parts.push(
      `<line class="deadline ${data.firstResponse.outcome}" x1="${at}" y1="22" x2="${at}" y2="108" stroke="${color}" stroke-width="2" stroke-dasharray="5 3"/>`,
    );
    parts.push(
      `<text x="${at}" y="18" font-size="11" text-anchor="middle" fill="${color}">${escapeXml(labels.deadline)}</text>`,
    );
  }
  parts.push(`<line x1="${left}" y1="108" x2="${right}" y2="108" stroke="#9ca3af"/>`);
  parts.push(
    `<text x="${left}" y="126" font-size="11" fill="#374151">${escapeXml(labels.time(data.incident.detectedAt))}</text>`,
  );
  parts.push(
    `<text x="${right}" y="126" font-size="11" text-anchor="end" fill="#374151">${escapeXml(labels.time(new Date(end).toISOString()))}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${escapeXml(labels.deadline)}">${parts.join('')}</svg>`;
}
