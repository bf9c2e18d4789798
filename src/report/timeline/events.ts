import type { BrandClock } from '../../escalate/brand-time.js';
import type { Lang, Translate } from '../../i18n/index.js';
import type { ReportData } from '../report-data.js';
import { promiseOutcomeText } from '../sections/promises.js';

// Each fact of the report as a mark of the timeline, with the sentence its tooltip and the key
// below the picture give, in the plan's language.

export type Lane = 'levels' | 'contacts' | 'steps' | 'messages' | 'promises';
export const LANES: readonly Lane[] = ['levels', 'contacts', 'steps', 'messages', 'promises'];

export type Shape = 'circle' | 'square' | 'pill' | 'diamond' | 'hexagon' | 'flag';
export interface Look {
  shape: Shape;
  fill: string;
  ink: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
}

// The kinds of mark and how each looks, in the legend's order: one entry of the legend each.
// Each kind has its own shape, so the picture reads in grey print and for colour-blind readers;
// hollow or dashed means "did not happen as it should" (not reached, skipped, promise still open).
const MARK_LOOKS = {
  level: { shape: 'flag', fill: '#1f2937', ink: '#ffffff' },
  reached: { shape: 'circle', fill: '#0f766e', ink: '#ffffff' },
  unreachable: { shape: 'circle', fill: '#ffffff', ink: '#b91c1c', stroke: '#b91c1c', dash: '3 2' },
  stepDone: { shape: 'square', fill: '#475569', ink: '#ffffff' },
  stepLate: { shape: 'square', fill: '#b91c1c', ink: '#ffffff' },
  stepSkipped: { shape: 'square', fill: '#ffffff', ink: '#475569', stroke: '#475569', dash: '3 2' },
  public: { shape: 'pill', fill: '#2563eb', ink: '#ffffff' },
  private: { shape: 'pill', fill: '#ffffff', ink: '#1d4ed8', stroke: '#2563eb' },
  internal: { shape: 'pill', fill: '#bfdbfe', ink: '#1e3a8a', stroke: '#60a5fa' },
  late: { shape: 'pill', fill: '#2563eb', ink: '#ffffff', stroke: '#b91c1c', strokeWidth: 3 },
  promiseKept: { shape: 'diamond', fill: '#7e22ce', ink: '#ffffff' },
  promiseKeptLate: { shape: 'diamond', fill: '#b91c1c', ink: '#ffffff' },
  promiseOpen: { shape: 'diamond', fill: '#ffffff', ink: '#7e22ce', stroke: '#7e22ce', dash: '3 2' },
  promiseOverdue: { shape: 'diamond', fill: '#ffffff', ink: '#b91c1c', stroke: '#b91c1c', dash: '3 2' },
  note: { shape: 'hexagon', fill: '#a16207', ink: '#ffffff' },
} satisfies Record<string, Look>;
export type MarkStyle = keyof typeof MARK_LOOKS;
export const LOOKS: Record<MarkStyle, Look> = MARK_LOOKS;
export const MARK_STYLES = Object.keys(LOOKS) as MarkStyle[];

/** A count mark's figures (groups.ts). */
export interface MarkGroup {
  /** The stretch of the axis it stands for. */
  from: number;
  to: number;
  first: number;
  last: number;
  count: number;
  /** What the mark says: "412 notes". */
  label: string;
}

export interface TimelineEvent {
  /** Its number in the picture and in the key: events in time order, lanes in order at the same minute. */
  n: number;
  at: number;
  lane: Lane;
  style: MarkStyle;
  /** The whole sentence, for the tooltip and the key. */
  text: string;
  /** A level change's mark also names the level beside it, inside its band. */
  label?: string;
  severity?: number;
  /** A count mark standing for many marks of its lane (groups.ts). */
  group?: MarkGroup;
}

export interface TimelineContext {
  lang: Lang;
  brand: BrandClock;
  /** A level's name and severity by id (the plan may have lost the level since). */
  level: (id: string) => { name: string; severity: number } | undefined;
}

/**
 * A mark before it is numbered, its sentence worded only when said (`say`): a crowded lane's marks
 * are counted into groups (groups.ts), and most are never shown one by one.
 */
export type Draft = Omit<TimelineEvent, 'n' | 'group' | 'text'> & { say: () => string };

// A Map: an outcome a later version wrote is looked up too, and must not find an inherited key.
const PROMISE_STYLES = new Map<string, MarkStyle>([
  ['kept', 'promiseKept'],
  ['kept-late', 'promiseKeptLate'],
  ['open', 'promiseOpen'],
  ['overdue', 'promiseOverdue'],
]);

/** Every fact as a mark, unnumbered and in no order yet. */
export function drafts(data: ReportData, t: Translate, ctx: TimelineContext, time: (iso: string) => string): Draft[] {
  const at = Date.parse;
  const severity = (id: string) => ctx.level(id)?.severity ?? 1;
  return [
    ...data.levels.map((l): Draft => ({
      at: at(l.at),
      lane: 'levels',
      style: 'level',
      say: () => t('timeline.mark.level', { name: l.name }) + (l.reason ? `: ${l.reason}` : ''),
      label: l.name,
      severity: severity(l.level),
    })),
    ...data.contacts.map((c): Draft => ({
      at: at(c.at),
      lane: 'contacts',
      style: c.status === 'reached' ? 'reached' : 'unreachable',
      say: () =>
        t('timeline.mark.contact', {
          name: c.name,
          status: t(c.status === 'reached' ? 'report.reached' : 'report.unreachable'),
        }),
    })),
    ...data.steps.map((s): Draft => {
      const late = s.outcome === 'missed';
      return {
        at: at(s.at),
        lane: 'steps',
        style: s.status !== 'done' ? 'stepSkipped' : late ? 'stepLate' : 'stepDone',
        say: () =>
          late ? t('timeline.mark.stepLate', { title: s.title, due: s.due ? time(s.due) : '' }) : stepText(s),
      };
    }),
    ...data.messages.map((m): Draft => ({
      at: at(m.at),
      lane: 'messages',
      // `late`: an update that went out after its cadence's deadline.
      style: m.late ? 'late' : m.audience === 'public' ? 'public' : m.audience,
      say: () => (m.late ? `${messageText(m)} (${t('timeline.late')})` : messageText(m)),
    })),
    ...data.promises.map((p): Draft => ({
      at: at(p.at),
      lane: 'promises',
      style: PROMISE_STYLES.get(p.outcome) ?? (p.honoured ? 'promiseKept' : 'promiseOpen'),
      // Worded as the Promises table words it: kept 14 h late is not "kept".
      say: () => t('timeline.mark.promise', { to: p.to, what: p.what, state: promiseOutcomeText(p, t) }),
    })),
    ...data.notes.map((n): Draft => ({
      at: at(n.at),
      lane: 'promises',
      style: 'note',
      say: () => `${t('timeline.mark.note')}: ${n.text}`,
    })),
  ];

  function stepText(s: ReportData['steps'][number]): string {
    // The walkthrough records why it set a step aside as a code, not in the team's words.
    // Worded as the report's steps table words them: one step, one description.
    const reason = s.reason === 'level-change' ? t('report.levelChanged') : s.reason;
    const status = s.status === 'later' && !data.incident.open ? 'report.notDone' : (`report.${s.status}` as const);
    return t('timeline.mark.step', { title: s.title, status: t(status) }) + (reason ? ` (${reason})` : '');
  }

  function messageText(m: ReportData['messages'][number]): string {
    const what =
      m.audience === 'internal'
        ? t('timeline.mark.internal')
        : m.kind
          ? t('report.responseBy', { kind: t(`kind.${m.kind}`), channel: m.channelName })
          : t('timeline.mark.message', { channel: m.channelName });
    // "apology on X" starts a sentence in the key: "Apology on X".
    return what.charAt(0).toLocaleUpperCase(ctx.lang) + what.slice(1);
  }
}
