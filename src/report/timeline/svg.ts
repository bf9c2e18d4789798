import { brandWallClock } from '../../escalate/wall-clock.js';
import type { ReportData } from '../report-data.js';
import { FONT_FAMILY, type Box, type PlacedText } from './geometry.js';
import type { PlacedMark } from './lane-marks.js';
import { layoutTimeline, type TimelineLayout } from './layout.js';
import { LOOKS, type Lane, type Look, type TimelineContext } from './events.js';
import { timelineModel, type MilestoneKind, type TimelineModel } from './model.js';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A mark's class names its kind: its lane's name in the singular (`step`, `promise`). */
const kindOf = (lane: Lane) => lane.slice(0, -1);

/** Not a colour of any mark: the bars are the world's voice, not the team's doing. */
const MENTION_COLOR = '#155e75';

const BAND_COLORS = ['#dbeafe', '#fde68a', '#fecaca', '#e9d5ff', '#bbf7d0'];
const bandColor = (severity: number) => BAND_COLORS[Math.min(BAND_COLORS.length - 1, Math.max(0, severity - 1))]!;

const MILESTONE_COLORS: Record<MilestoneKind, string> = {
  seen: '#6b7280',
  deadline: '#b45309',
  first: '#1d4ed8',
  closed: '#111827',
  open: '#111827',
};
const OUTCOME_COLORS: Record<string, string> = { met: '#15803d', missed: '#b91c1c', pending: '#b45309' };

const n = (value: number) => Number(value.toFixed(1));

function shape(look: Look, b: Box): string {
  const paint = `fill="${look.fill}"${look.stroke ? ` stroke="${look.stroke}" stroke-width="${look.strokeWidth ?? 1.5}"` : ''}${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}`;
  const [x, y, w, h] = [n(b.x), n(b.y), n(b.width), n(b.height)];
  const points = (list: Array<[number, number]>) =>
    `<polygon points="${list.map(([px, py]) => `${n(px)},${n(py)}`).join(' ')}" ${paint}/>`;
  switch (look.shape) {
    // A circle widened for a number of two or three digits is a pill.
    case 'circle':
    case 'pill':
      return look.shape === 'circle' && w === h
        ? `<circle cx="${n(x + w / 2)}" cy="${n(y + h / 2)}" r="${n(h / 2)}" ${paint}/>`
        : `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${n(h / 2)}" ${paint}/>`;
    case 'square':
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="2" ${paint}/>`;
    case 'diamond':
      return points([
        [x + w / 2, y - 1],
        [x + w, y + h / 2],
        [x + w / 2, y + h + 1],
        [x, y + h / 2],
      ]);
    case 'hexagon': {
      const cut = Math.min(5, w / 4);
      return points([
        [x + cut, y],
        [x + w - cut, y],
        [x + w, y + h / 2],
        [x + w - cut, y + h],
        [x + cut, y + h],
        [x, y + h / 2],
      ]);
    }
    case 'flag':
      return points([
        [x, y],
        [x + w, y],
        [x + w, y + h * 0.72],
        [x + w / 2, y + h],
        [x, y + h * 0.72],
      ]);
  }
}

const label = (t: PlacedText, fill: string, extra = '') =>
  `<text x="${n(t.x)}" y="${n(t.y + t.size * 1.02)}" font-size="${t.size}" fill="${fill}"${t.bold ? ' font-weight="600"' : ''}${extra}>${escapeXml(t.text)}</text>`;

/** A count mark: a pile of its lane's commonest mark, its number, and what it counts. */
function groupMark(m: PlacedMark, look: Look, tip: string): string {
  const b = m.box;
  const paint = `fill="${look.fill}"${look.stroke ? ` stroke="${look.stroke}" stroke-width="1.5"` : ''}`;
  return `<g class="mark group ${kindOf(m.event.lane)} ${m.event.style}"><title>${escapeXml(tip)}</title><rect x="${n(b.x + 2)}" y="${n(b.y - 2)}" width="${n(b.width - 2)}" height="${n(b.height)}" rx="4" ${paint} opacity=".45"/><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width - 2)}" height="${n(b.height)}" rx="4" ${paint}/>${label(m.number, look.ink)}${m.count ? label(m.count, look.ink) : ''}</g>`;
}

/** The picture: self-contained SVG, every text escaped, with its accessible name and description. */
export function renderTimeline(model: TimelineModel, layout: TimelineLayout): string {
  const id = model.id.replace(/[^\w-]/g, '');
  const { plot } = layout;
  const parts: string[] = [
    `<title id="timeline-title-${id}">${escapeXml(model.title)}</title>`,
    `<desc id="timeline-desc-${id}">${escapeXml(model.desc)}</desc>`,
  ];
  for (const band of layout.bands)
    parts.push(
      `<rect class="band" x="${n(band.x)}" y="${n(band.y)}" width="${n(band.width)}" height="${n(band.height)}" fill="${bandColor(band.severity)}"/>`,
    );
  for (const tick of layout.axis.ticks)
    parts.push(
      `<line class="grid" x1="${n(tick.x)}" y1="${n(plot.top)}" x2="${n(tick.x)}" y2="${n(plot.bottom + 4)}" stroke="#9ca3af" stroke-opacity=".45"/>`,
    );
  for (const lane of layout.lanes.slice(1))
    parts.push(
      `<line class="lane" x1="${n(lane.label.x)}" y1="${n(lane.top)}" x2="${n(layout.width - lane.label.x)}" y2="${n(lane.top)}" stroke="#d1d5db"/>`,
    );
  for (const lane of layout.lanes) parts.push(label(lane.label, '#374151'));
  parts.push(
    `<line class="axis" x1="${n(plot.left)}" y1="${n(plot.bottom)}" x2="${n(plot.right)}" y2="${n(plot.bottom)}" stroke="#6b7280"/>`,
  );
  for (const tick of layout.axis.ticks) {
    if (tick.time) parts.push(label(tick.time, '#374151'));
    if (tick.date) parts.push(label(tick.date, '#374151'));
  }
  for (const m of layout.milestones) {
    const color =
      m.milestone.kind === 'deadline'
        ? OUTCOME_COLORS[m.milestone.outcome ?? 'pending']!
        : MILESTONE_COLORS[m.milestone.kind];
    const dash =
      m.milestone.kind === 'deadline' || m.milestone.kind === 'open'
        ? ' stroke-dasharray="5 3"'
        : m.milestone.kind === 'seen'
          ? ' stroke-dasharray="2 2"'
          : '';
    parts.push(
      `<g class="milestone ${m.milestone.kind}${m.milestone.outcome ? ` ${m.milestone.outcome}` : ''}"><line x1="${n(m.x)}" y1="${n(m.top)}" x2="${n(m.x)}" y2="${n(m.bottom)}" stroke="${color}" stroke-width="2"${dash}/>${label(m.label, color)}</g>`,
    );
  }
  for (const m of layout.marks) {
    const look = LOOKS[m.event.style];
    const tip = `${m.event.n} · ${model.key[m.event.n - 1]?.time ?? ''} · ${m.event.text}`;
    if (m.event.group) {
      parts.push(groupMark(m, look, tip));
      continue;
    }
    parts.push(
      `<g class="mark ${kindOf(m.event.lane)} ${m.event.style}"><title>${escapeXml(tip)}</title>${shape(look, m.box)}<text x="${n(m.box.x + m.box.width / 2)}" y="${n(m.number.y + m.number.size * 1.02)}" font-size="${m.number.size}" font-weight="600" text-anchor="middle" fill="${look.ink}">${m.event.n}</text>${m.label ? label(m.label, '#111827', ` stroke="${bandColor(m.event.severity ?? 1)}" stroke-width="3" paint-order="stroke"`) : ''}</g>`,
    );
  }
  for (const m of layout.mentions)
    parts.push(
      `<g class="mention"><title>${escapeXml(m.bar.text)}</title><rect x="${n(m.box.x)}" y="${n(m.box.y)}" width="${n(m.box.width)}" height="${n(m.box.height)}" rx="1.5" fill="${MENTION_COLOR}"/>${m.count ? label(m.count, MENTION_COLOR) : ''}</g>`,
    );
  for (const item of layout.legend) {
    const swatch = item.style
      ? shape(LOOKS[item.style], item.swatch)
      : `<rect x="${n(item.swatch.x)}" y="${n(item.swatch.y)}" width="${item.swatch.width}" height="${item.swatch.height}" fill="${bandColor(item.severity ?? 1)}" stroke="#9ca3af"/>`;
    parts.push(`<g class="legend">${swatch}${label(item.label, '#374151')}</g>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 ${layout.width} ${layout.height}" width="100%" role="img" aria-labelledby="timeline-title-${id}" aria-describedby="timeline-desc-${id}" font-family="${escapeXml(FONT_FAMILY)}">${parts.join('')}</svg>`;
}

/**
 * The incident at a glance: a lane per kind of event (level changes, contacts, steps, messages,
 * promises and notes), each mark numbered, and when the watch saw any, the mentions per hour as
 * bars on the same axis; the levels as bands from their declaration, the first
 * sighting, the first-response deadline, the first public response and the close as lines; and
 * the key that repeats each mark's tooltip below the picture, for print and screen readers.
 */
export function timeline(data: ReportData, ctx: TimelineContext) {
  const model = timelineModel(data, ctx);
  const layout = layoutTimeline(model, (instant) => brandWallClock(instant, ctx.brand.timezone));
  return { svg: renderTimeline(model, layout), key: model.key };
}
