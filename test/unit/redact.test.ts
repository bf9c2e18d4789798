import fc from 'fast-check';
import { getExampleNumber, type CountryCode } from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/report/report-data.js';
import { markdownInline } from '../../src/report/markdown-text.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Playbook } from '../../src/model/schema.js';
import { brandCountry, brandDetails, placeholders, redact, redactText } from '../../src/report/redact.js';
import { redactLink } from '../../src/report/redact-links.js';
import { root } from '../helpers.js';

// --redact hides phone numbers and email addresses in any spelling, and touches nothing else.
const NBSP = '\u00a0';

describe('redactText: phones, as people write them', () => {
  it.each([
    ['with the prefix', 'Llamad al +34 611 222 333', 'Llamad al [phone]'],
    ['national', 'o al 963 000 111.', 'o al [phone].'],
    ['with no-break spaces', `móvil 600${NBSP}111${NBSP}222`, 'móvil [phone]'],
    ['with narrow no-break spaces', 'móvil 600\u202f111\u202f222', 'móvil [phone]'],
    ['with en dashes', 'móvil 600–111–222', 'móvil [phone]'],
    ['with slashes', 'tel. 96/300/01/11', 'tel. [phone]'],
    ['with dots', 'tel. 96.300.01.11', 'tel. [phone]'],
    ['in full-width digits', 'móvil ６００ １１１ ２２２', 'móvil [phone]'],
    ['with 00 and brackets', 'de fuera: 0034 (600) 111 222', 'de fuera: [phone]'],
    ['in a list', 'tels: 600 111 222, 600 111 223; 600 111 224', 'tels: [phone], [phone]; [phone]'],
    ['from another country, with its prefix', 'UK: +44 7700 900101', 'UK: [phone]'],
    ['with a trunk (0) after the prefix', 'Llamad al +34 (0) 610 126 704.', 'Llamad al [phone].'],
    ['with 00, then a trunk (0)', 'o al 0034 (0) 610 126 704', 'o al [phone]'],
    ['with a trunk (0) where the country dials one', 'UK: +44 (0) 20 7946 0958', 'UK: [phone]'],
    ['with a trunk (0) and no space', 'UK: +44(0)20 7946 0958', 'UK: [phone]'],
    ['two with a trunk (0), in a list', '+34 (0) 610 126 704, +34 (0) 611 222 333', '[phone], [phone]'],
  ])('%s', (_, text, expected) => {
    expect(redactText(text, 'ES')).toBe(expected);
  });

  it.each([
    ['dates and a time', 'el 2026-11-22 a las 21:05, del 22/11/2026 al 23/11/26, o 2026/11/24'],
    ['an order number with letters', 'pedido MV-20931'],
    ['amounts', '1.234,56 € y 20 €'],
    ['an incident id', '20261122-2010-ed3a'],
    ['a post link that names no account', 'https://x.com/i/status/1861234567890123456'],
    ['a link whose digits look like a phone', 'https://shop.example/orders/611222333'],
    ['a link with an address in it', 'https://shop.example/contact?to=ana@example.com'],
    ['an @ with no letter after it', 'a las @10, o @ secas'],
  ])('leaves %s alone', (_, text) => {
    expect(redactText(text, 'ES')).toBe(text);
  });

  it.each([
    [
      'Pedido https://shop.example/orders/611222333 o llama al 611 222 333',
      'Pedido https://shop.example/orders/611222333 o llama al [phone]',
    ],
    ['(ver http://shop.example/o/611222333), ana@example.com', '(ver http://shop.example/o/611222333), [email]'],
  ])('keeps a link whole and hides what is around it: %s', (text, expected) => {
    expect(redactText(text, 'ES')).toBe(expected);
  });

  it('leaves a link the Markdown report still makes a working autolink', () => {
    expect(markdownInline(redactText('Pedido: https://shop.example/orders/611222333', 'ES'))).toBe(
      'Pedido: <https://shop.example/orders/611222333>',
    );
  });

  it("reads national numbers of the brand's country", () => {
    expect(redactText('ring 0161 496 0000', 'GB')).toBe('ring [phone]');
    expect(redactText('ring 07700 900101', 'GB')).toBe('ring [phone]');
  });
});

describe('redactText: emails, in any spelling', () => {
  it.each([
    ['a plain one', 'escribid a sofia@miravista.example', 'escribid a [email]'],
    ['non-ASCII letters', 'josé.pérez@correo.es y ana@bücher.de', '[email] y [email]'],
    ['a host with no dot', 'root: ana@localhost.', 'root: [email].'],
    ['a quoted local part', 'a "ana garcía"@example.com hoy', 'a [email] hoy'],
    ['a plus tag and odd characters', "o'brien+crisis@mail.example", '[email]'],
    ['a full-width at sign', 'ana＠example．com', '[email]'],
    ['a small commercial at', 'escribid a ana﹫example.com', 'escribid a [email]'],
    ['a small commercial at and a small full stop', 'ana﹫example﹒com', '[email]'],
    ['an ideographic full stop', 'ana＠example｡com', '[email]'],
    ['an address in brackets', 'ana@[192.0.2.1]', '[email]'],
  ])('%s', (_, text, expected) => {
    expect(redactText(text, 'ES')).toBe(expected);
  });

  it('is told apart from a handle', () => {
    expect(redactText('de @ana@mastodon.social y ana@example.com', 'ES')).toBe('de [handle] y [email]');
  });
});

describe('redactText: handles, which are personal data', () => {
  it.each([
    ['one', 'gracias @ana_lopez y @pepe', 'gracias [handle] y [handle]'],
    ['with dots, before a full stop', 'hola @Ana.Lopez.', 'hola [handle].'],
    ['a full-width at sign', 'gracias ＠ana_lopez', 'gracias [handle]'],
    ['on the fediverse', 'de @ana@mastodon.social', 'de [handle]'],
  ])('%s', (_, text, expected) => {
    expect(redactText(text, 'ES')).toBe(expected);
  });
});

describe("the brand's own public details, from its plan, are kept", () => {
  const playbook = parse(readFileSync(join(root, 'playbooks/es-optica-miravista/crisis.yaml'), 'utf8')) as Playbook;
  const template = readFileSync(join(root, 'playbooks/es-optica-miravista/templates/comunicado.hbs'), 'utf8');
  const kept = brandDetails(playbook, (response) => response.text ?? template, 'ES');

  it.each([
    [
      'its phone, as its statement writes it',
      'estamos en el 963 000 111, en tienda',
      'estamos en el 963 000 111, en tienda',
    ],
    ['its phone, spelt otherwise', 'llamad al +34 963-000-111', 'llamad al +34 963-000-111'],
    ["its channels' accounts", 'síguenos en @miravista o @MiraVista', 'síguenos en @miravista o @MiraVista'],
    ["a contact's phone and email", 'Sofía: +34 611 222 333, sofia@miravista.example', 'Sofía: [phone], [email]'],
    ["an influencer's handle", 'lo compartió @claravision', 'lo compartió [handle]'],
    ["a customer's handle, even the example of a variable", 'Hola @ana_lopez', 'Hola [handle]'],
  ])('%s', (_, text, expected) => {
    expect(redactText(text, 'ES', kept)).toBe(expected);
  });
});

describe("an English plan's own details are kept too", () => {
  const folder = join(root, 'playbooks/en-northside-bakery');
  const playbook = parse(readFileSync(join(folder, 'crisis.yaml'), 'utf8')) as Playbook;
  const template = readFileSync(join(folder, 'templates/statement.hbs'), 'utf8');
  const kept = brandDetails(playbook, (response) => response.text ?? template, 'GB');

  it('keeps the bakery number and account, and hides a customer', () => {
    expect(redactText('call us on 0161 496 0000 or @northsidebakery, @lauren_b', 'GB', kept)).toBe(
      'call us on 0161 496 0000 or @northsidebakery, [handle]',
    );
  });
});

describe('brandCountry', () => {
  it.each([
    ['es-MX', 'Europe/Madrid', 'MX'],
    ['es', 'Europe/Madrid', 'ES'],
    ['en', 'Europe/London', 'GB'],
    ['es-419', 'America/Bogota', 'CO'],
    ['en', 'UTC', undefined],
    ['x'.repeat(1000), 'Etc/GMT+3', undefined],
  ])('%s in %s → %s', (language, zone, expected) => {
    expect(brandCountry(language, zone)).toBe(expected);
  });
});

describe('redact (the report)', () => {
  const data = {
    incident: {
      id: '20261122-2010-ed3a',
      summary: 'Ana (600 111 222) se queja',
      channel: 'x',
      link: 'https://x.com/ana/status/600111222',
      detectedAt: '2026-11-22T20:05:00.000Z',
      declaredAt: '2026-11-22T20:10:00.000Z',
      open: false,
    },
    contacts: [
      {
        contact: 'sofia',
        name: 'Sofía',
        role: 'CM',
        status: 'reached',
        at: '2026-11-22T20:14:00.000Z',
        external: false,
        phone: '+34 611 222 333',
        email: 'sofia@miravista.example',
      },
    ],
    promises: [
      {
        id: '20261122-2010-ed3a-1',
        to: 'ana@correo.es',
        what: 'Llamarla al 600 111 222',
        approvedBy: 'jorge',
        at: '2026-11-22T21:05:00.000Z',
        honoured: false,
      },
    ],
    messages: [
      {
        at: '2026-11-22T20:40:00.000Z',
        response: 'comunicado',
        audience: 'public',
        channel: 'facebook',
        channelName: 'Facebook',
        text: 'Llamad al +34 611 222 333',
        url: 'https://facebook.com/p/1',
        edited: false,
      },
    ],
  } as unknown as ReportData;

  it("keeps ids, times and links (not a customer's account in them), drops a contact's own phone and email, and hides the rest", () => {
    expect(redact(data, 'ES')).toEqual({
      ...data,
      incident: {
        ...data.incident,
        summary: 'Ana ([phone]) se queja',
        link: 'https://x.com/[handle]/status/600111222',
      },
      contacts: [
        {
          contact: 'sofia',
          name: 'Sofía',
          role: 'CM',
          status: 'reached',
          at: '2026-11-22T20:14:00.000Z',
          external: false,
        },
      ],
      promises: [{ ...data.promises[0], to: '[email]', what: 'Llamarla al [phone]' }],
      messages: [{ ...data.messages[0], text: 'Llamad al [phone]' }],
    });
  });

  it('hides contact details in the comments section: a link that is no web address, a reason, a feed name', () => {
    const comments = {
      received: 2,
      answeredPublic: 1,
      answeredPrivate: 0,
      reviewed: { count: 0, reasons: [] },
      hidden: { count: 0, reasons: [] },
      blocked: { count: 1, reasons: [{ reason: 'Nos llamó al 600 111 222 para insultar', count: 1 }] },
      waiting: 1,
      mentionsPerHour: [{ hour: '2026-11-22T20:00:00.000Z', count: 2 }],
      firstSeen: {
        at: '2026-11-22T17:10:00.000Z',
        feed: 'Alertas de ana@miravista.example',
        // What a feed gave as its item's link.
        link: 'mailto:ana@correo.es?subject=600 111 222',
        minutesBeforeDeclared: 180,
      },
    };
    const hidden = redact({ ...data, comments } as unknown as ReportData, 'ES');
    expect(hidden.comments).toEqual({
      ...comments,
      blocked: { count: 1, reasons: [{ reason: 'Nos llamó al [phone] para insultar', count: 1 }] },
      firstSeen: { ...comments.firstSeen, feed: 'Alertas de [email]', link: 'mailto:[email]?subject=[phone]' },
    });
    // A web address stays, digits and all, as every other section's links do: only its account goes.
    const web = 'https://mastodon.example/@ana/600111222';
    const withWeb = { ...comments, firstSeen: { ...comments.firstSeen, link: web } };
    expect(redact({ ...data, comments: withWeb } as unknown as ReportData, 'ES').comments?.firstSeen?.link).toBe(
      'https://mastodon.example/@[handle]/600111222',
    );
  });

  it('reads any link field that is no web address as text, in every section', () => {
    const typed = { ...data, incident: { ...data.incident, link: 'tel:+34 600 111 222' } } as ReportData;
    expect(redact(typed, 'ES').incident.link).toBe('tel:[phone]');
  });

  it('never touches an incident or promise id (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}-\d{4}-[0-9a-f]{4}$/), (id) => {
        const hidden = redact(
          { ...data, incident: { ...data.incident, id }, promises: [{ ...data.promises[0]!, id: `${id}-1` }] },
          'ES',
        );
        expect(hidden.incident.id).toBe(id);
        expect(hidden.promises[0]!.id).toBe(`${id}-1`);
      }),
      { numRuns: 100 },
    );
  });
});

// Generated: a real mobile number of each country, written nationally or internationally, its
// groups joined by one kind of separator, in ASCII or full-width digits, inside words with no digit.
const COUNTRIES: CountryCode[] = ['ES', 'MX', 'AR', 'CO', 'CL', 'GB', 'IE', 'US', 'FR', 'DE', 'IT', 'PT'];
const SEPARATORS = [' ', NBSP, '\u202f', '-', '–', '.', '/'];
const FULL_WIDTH = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
const words = fc.array(fc.stringMatching(/^[a-záéíóúñ]{1,8}$/), { maxLength: 4 }).map((list) => list.join(' '));

describe('redactText (property): generated phone numbers and emails', () => {
  it('hides every digit of a phone number in any spelling', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRIES),
        fc.boolean(),
        fc.constantFrom(...SEPARATORS),
        fc.boolean(),
        words,
        words,
        (country, international, separator, wide, before, after) => {
          const number = getExampleNumber(country, examples)!;
          const [prefix, ...groups] = (international ? number.formatInternational() : number.formatNational()).split(
            /[ -]/,
          );
          let written = international ? `${prefix} ${groups.join(separator)}` : [prefix, ...groups].join(separator);
          if (wide) written = FULL_WIDTH(written);
          const text = `${before} ${written} ${after}`;
          const hidden = redactText(text, country);
          expect(hidden, text).toContain('[phone]');
          expect(hidden, text).not.toMatch(/[0-9０-９]/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('hides every email address, ASCII or not', () => {
    const accented = fc.emailAddress().map((email) => email.replace(/a/g, 'á').replace(/o/g, 'ö'));
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), accented), words, words, (email, before, after) => {
        const hidden = redactText(`${before} <${email}> ${after}`, 'ES');
        expect(hidden, email).toBe(`${before} <[email]> ${after}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('redactLink: the account a social link names is a person', () => {
  const brand = new Set(['miravista']);
  it.each([
    ['https://x.com/ana_lopez/status/1861234567890123456', 'https://x.com/[handle]/status/1861234567890123456'],
    ['https://www.twitter.com/Ana_Lopez/status/1?s=20', 'https://www.twitter.com/[handle]/status/1?s=20'],
    ['https://mastodon.social/@ana/1123', 'https://mastodon.social/@[handle]/1123'],
    ['https://www.tiktok.com/@ana.lopez/video/7301', 'https://www.tiktok.com/@[handle]/video/7301'],
    ['https://www.facebook.com/ana.lopez/posts/10', 'https://www.facebook.com/[handle]/posts/10'],
    ['https://www.instagram.com/ana_lopez/', 'https://www.instagram.com/[handle]/'],
    ['https://www.linkedin.com/in/ana-lopez', 'https://www.linkedin.com/in/[handle]'],
  ])('hides the account in %s', (link, expected) => {
    expect(redactLink(link, brand, '[handle]')).toBe(expected);
  });
  it.each([
    ['the brand', 'https://x.com/MiraVista/status/1'],
    ["the brand's, on the fediverse", 'https://mastodon.social/@miravista/1'],
    ['no account', 'https://x.com/i/status/1'],
    ['a post by its id', 'https://www.instagram.com/p/C0abc/'],
    ['a hashtag', 'https://x.com/hashtag/Miravista'],
    ['a shop', 'https://shop.example/ana/orders/611222333'],
    ['a bare host', 'https://x.com'],
  ])('keeps a link to %s whole', (_, link) => {
    expect(redactLink(link, brand, '[handle]')).toBe(link);
  });
});

describe("what stands for a hidden detail speaks the report's language", () => {
  const spanish = placeholders('es');
  const english = placeholders('en');
  const kept = { phones: new Set<string>(), handles: new Set(['miravista']), emails: new Set<string>() };
  const text = 'Llamad al 611 222 333, escribid a ana@example.com o a @ana_lopez: https://x.com/ana_lopez/status/1';

  it('says [teléfono], [correo] and [usuario] in Spanish, in the text and in a link', () => {
    expect(redactText(text, 'ES', kept, spanish)).toBe(
      'Llamad al [teléfono], escribid a [correo] o a [usuario]: https://x.com/[usuario]/status/1',
    );
    expect(redactLink('https://mastodon.social/@ana/1', kept.handles, spanish.handle)).toBe(
      'https://mastodon.social/@[usuario]/1',
    );
  });

  it('says [phone], [email] and [handle] in English', () => {
    expect(redactText(text, 'ES', kept, english)).toBe(
      'Llamad al [phone], escribid a [email] o a [handle]: https://x.com/[handle]/status/1',
    );
  });

  it.each([
    ['a Spanish placeholder', 'Llamad al [teléfono] o a @[usuario]: https://x.com/[usuario]/status/1'],
    ['an English placeholder', 'Call [phone] or [email]: https://x.com/[handle]/status/1, https://t.co/@[handle]'],
  ])('leaves %s already there as it is, in either language', (_, written) => {
    for (const marks of [spanish, english]) expect(redactText(written, 'ES', kept, marks)).toBe(written);
  });

  it('is stable: redacting a redacted text changes nothing', () => {
    const pieces = fc.constantFrom(
      '611 222 333',
      '+44 7700 900101',
      'ana@example.com',
      'josé@correo.es',
      '@ana_lopez',
      '@miravista',
      'https://x.com/ana_lopez/status/1',
      'https://mastodon.social/@ana/2',
      'https://shop.example/orders/611222333',
      '[teléfono]',
      '[handle]',
      'pedido',
      'el 22/11/2026',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), fc.constantFrom(spanish, english), (list, marks) => {
        const once = redactText(list.join(' '), 'ES', kept, marks);
        expect(redactText(once, 'ES', kept, marks)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });
});
