import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  columnRow,
  frameMessage,
  isRewrapped,
  keepWhole,
  listWidth,
  screenWidth,
  statusColumn,
  textWidth,
  wrapRow,
  wrapText,
} from '../../src/cli/terminal-text.js';

const NBSP = '\u00a0';
const color = new Chalk({ level: 1 });

/** Filler of every length, so the item lands across the right edge at some offset. */
const prefixes = (width: number) => Array.from({ length: width + 2 }, (_, n) => 'lorem ipsum '.repeat(10).slice(0, n));

describe('wrapText never splits what a person must read whole', () => {
  const items: [string, string, string][] = [
    ['a Spanish mobile', '+34 611 222 333', '+34 611 222 333'],
    ['a UK mobile', '+44 7700 900101', '+44 7700 900101'],
    ['a local number', '963 000 111', '963 000 111'],
    ['a US number with brackets', '+1 (555) 123-4567', '+1 (555) 123-4567'],
    ['an email', 'prensa@panaderia-lola.es', 'prensa@panaderia-lola.es'],
    [
      'a URL',
      'https://x.com/panaderialola/status/1862000000000000000',
      'https://x.com/panaderialola/status/1862000000000000000',
    ],
    ['a time', `21:05${NBSP}h`, '21:05 h'],
    ['a date and time', `22/11/26,${NBSP}9:05${NBSP}PM`, '22/11/26, 9:05 PM'],
    ['a time with a narrow no-break space', '9:05\u202fPM', '9:05 PM'],
  ];
  for (const width of [60, 40, 20]) {
    it.each(items)(`keeps %s on one line at ${width} columns`, (_, item, shown) => {
      for (const prefix of prefixes(width)) {
        const rows = wrapText(`${prefix} call ${item} now, then tell the team`, width).split('\n');
        expect(
          rows.filter((row) => row.includes(shown)),
          `after "${prefix}"`,
        ).toHaveLength(1);
        // A row is wider than the terminal only when it is one unbreakable item.
        for (const row of rows) if (stringWidth(row) > width) expect(row).toBe(shown);
      }
    });
  }

  it.each([
    [
      'no row starts or ends with a blank',
      'one two three four five six seven eight nine ten',
      20,
      'one two three four\nfive six seven eight\nnine ten',
    ],
    ['a line keeps its indentation and its breaks', '  ☎ Lola\n  ☎ Pepe', 40, '  ☎ Lola\n  ☎ Pepe'],
    ['single digits stay breakable', 'we have 2 3 4 5 6 7 8 9 people here', 20, 'we have 2 3 4 5 6 7\n8 9 people here'],
    [
      'a URL overflows instead of breaking',
      'see https://example.com/a/very/long/path/indeed ok',
      20,
      'see\nhttps://example.com/a/very/long/path/indeed\nok',
    ],
    [
      'no width (not a terminal) is 80',
      `${'word '.repeat(20)}`,
      undefined,
      `${'word '.repeat(16).trim()}\n${'word '.repeat(4).trim()}`,
    ],
    ['a width under 20 is 20', 'one two three four five six', 8, 'one two three four\nfive six'],
  ])('%s', (_, text, width, expected) => {
    expect(wrapText(text, width)).toBe(expected);
  });

  it('keeps colours, and a coloured phone number whole', () => {
    const text = `${color.bold('☎ Lola Martín')}, owner: ${color.cyan('+34 611 222 333')} ${color.dim('lola@example.es')}`;
    const wrapped = wrapText(text, 30);
    expect(wrapped).toContain(color.cyan('+34 611 222 333'));
    expect(wrapped).toContain('\x1b[1m');
    expect(stripVTControlCharacters(wrapped).split('\n')).toEqual([
      '☎ Lola Martín, owner:',
      '+34 611 222 333',
      'lola@example.es',
    ]);
  });

  it.each([
    [undefined, 80],
    [0, 80],
    [Number.NaN, 80],
    [12, 20],
    [100.7, 100],
  ])('lays text out at %s columns as %i', (width, expected) => {
    expect(textWidth(width)).toBe(expected);
  });
});

describe('frameMessage', () => {
  const title = 'X (Twitter) · 112/280';
  const text = `Sentimos mucho lo ocurrido esta tarde con el pedido de @cliente: ha sido un error nuestro.\nHemos escrito a la familia y lo compensamos: https://panaderia-lola.es/disculpa?ref=x  #PanaderíaLola`;

  it.each([
    [60, 60],
    [120, 80],
    [undefined, 80],
    [40, 40],
  ])('at %s columns, rules of %i hold the message wrapped at spaces inside them', (width, rule) => {
    const lines = frameMessage(title, text, width).split('\n');
    expect(lines[0]).toMatch(/^┌─ X \(Twitter\) · 112\/280 ─+$/);
    expect(lines.at(-1)).toMatch(/^└─+$/);
    expect([stringWidth(lines[0]!), stringWidth(lines.at(-1)!)]).toEqual([rule, rule]);
    const body = lines.slice(1, -1);
    // Inside the frame, unless a single word is wider (it overflows whole, never cut).
    for (const row of body) expect(stringWidth(row) <= rule || !row.includes(' ')).toBe(true);
    // Every word whole, the URL on one row: only the spaces where a row breaks became line ends.
    expect(body.join(' ').split(/\s+/)).toEqual(text.split(/\s+/).filter(Boolean));
    expect(body.some((row) => row.includes('https://panaderia-lola.es/disculpa?ref=x'))).toBe(true);
  });

  it("says when its lines are not the message's own", () => {
    expect(isRewrapped(text, 120)).toBe(true);
    expect(isRewrapped('Hola.\nUn mensaje corto.', 60)).toBe(false);
  });

  it('draws the frame at 60 columns', () => {
    expect(frameMessage('LinkedIn · 64', 'Hola.\nUn mensaje de  dos líneas.', 60)).toMatchInlineSnapshot(`
      "┌─ LinkedIn · 64 ───────────────────────────────────────────
      Hola.
      Un mensaje de  dos líneas.
      └───────────────────────────────────────────────────────────"
    `);
  });

  it('keeps a rule after a title wider than the terminal, and paints only the rules', () => {
    const long = 'A channel with a very long name indeed · 1234/5000';
    const framed = frameMessage(long, 'text', 20, (rule) => `<${rule}>`);
    expect(framed).toBe(`<┌─ ${long} ─>\ntext\n<└${'─'.repeat(19)}>`);
  });

  it('adds no blank line when the message already ends with a newline', () => {
    expect(frameMessage('SMS · 4', 'Hola\n', 60).split('\n')).toHaveLength(3);
  });
});

describe('a listing row', () => {
  it("wraps at the terminal's width, else at COLUMNS, else not at all", () => {
    expect(listWidth({ isTTY: true, columns: 60 } as never, {})).toBe(60);
    expect(listWidth({ isTTY: true, columns: 100 } as never, { COLUMNS: '60' })).toBe(100);
    expect(listWidth({ isTTY: false } as never, { COLUMNS: '60' })).toBe(60);
    expect(listWidth({ isTTY: false } as never, {})).toBeUndefined();
    expect(listWidth({ isTTY: false } as never, { COLUMNS: 'wide' })).toBeUndefined();
  });

  it("the walkthrough's width: the terminal's, else COLUMNS, else 80, frames included", () => {
    expect(screenWidth({ isTTY: true, columns: 100 } as never, { COLUMNS: '60' })).toBe(100);
    expect(screenWidth({ isTTY: false } as never, { COLUMNS: '60' })).toBe(60);
    expect(screenWidth({ isTTY: false } as never, {})).toBe(80);
    expect(screenWidth({ isTTY: false } as never, { COLUMNS: 'wide' })).toBe(80);
    expect(screenWidth({ isTTY: false } as never, { COLUMNS: '8' })).toBe(20);
  });

  it('keeps its later lines under its text, and a URL whole', () => {
    const row = 'abc123  Mon 7 Dec, 13:20  added by hand · @marta https://x.com/marta/status/1234567890';
    const lines = wrapRow('waiting   ', row, 40).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.startsWith(' '.repeat(10)) && line[10] !== ' ')).toBe(true);
    expect(lines).toContain(`${' '.repeat(10)}https://x.com/marta/status/1234567890`);
    expect(lines.filter((line) => !line.includes('https://')).every((line) => stringWidth(line) <= 40)).toBe(true);
    expect(wrapRow('waiting   ', row, undefined)).toBe(`waiting   ${row}`);
  });
});

describe('a listing with a status column', () => {
  const labels = ['pendiente', 'ocultado por la plataforma'];

  it('caps the column at a quarter of the terminal, never below its longest word, and not at all when piped', () => {
    expect(statusColumn(labels, 60)).toBe(15);
    expect(statusColumn(labels, 200)).toBe(26);
    expect(statusColumn(labels, 20)).toBe(10);
    expect(statusColumn(labels, undefined)).toBe(26);
  });

  it('wraps a long status inside its column, beside the text, and paints the label alone', () => {
    const paint = (label: string) => color.green(label);
    const row = columnRow(labels[1]!, 15, 'abc123  lun, 7 dic\nSigo sin gafas', 60, paint);
    expect(stripVTControlCharacters(row).split('\n')).toEqual([
      'ocultado por la  abc123  lun, 7 dic',
      'plataforma       Sigo sin gafas',
    ]);
    expect(row.split('\n')[0]).toMatch(/^\x1b\[32mocultado por la\x1b\[39m {2}abc/);
    expect(columnRow('pendiente', 9, 'abc\nuna línea', undefined)).toBe('pendiente  abc\n           una línea');
  });

  it('holds a name together only when the row wraps', () => {
    expect(wrapRow('', `abcdef  ${keepWhole('Posible crisis', 20)}`, 20)).toBe('abcdef\nPosible crisis');
    expect(keepWhole('Posible crisis', undefined)).toBe('Posible crisis');
  });

  it('keeps a command to type on one line when it fits, printed with plain spaces to paste', () => {
    const command = 'crisis report 20261122-2110-1b8e --playbook optica/crisis.yaml';
    const hint = (width: number) => wrapText(`Write its report with: ${keepWhole(command, width)}`, width);
    expect(hint(70)).toBe(`Write its report with:\n${command}`);
    // Wider than the line, it breaks at its spaces rather than run past the end.
    expect(
      hint(40)
        .split('\n')
        .every((line) => line.length <= 40),
    ).toBe(true);
  });
});
