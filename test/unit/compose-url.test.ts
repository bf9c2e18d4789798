import { describe, expect, it } from 'vitest';
import { composeUrl } from '../../src/messages/compose-url.js';

const X = 'https://x.com/intent/post?text=';
const LINKEDIN = 'https://www.linkedin.com/feed/?shareActive=true&text=';
const WHATSAPP = 'https://wa.me/?text=';

describe('composeUrl recognises the network', () => {
  it.each([
    ['id x', { id: 'x', name: 'X' }, X],
    ['id twitter', { id: 'twitter', name: 'Twitter' }, X],
    ['an id that starts with x-', { id: 'x-soporte', name: 'Soporte' }, X],
    ['the host x.com', { id: 'main', name: 'Main', url: 'https://x.com/panaderialola' }, X],
    ['the host twitter.com', { id: 'main', name: 'Main', url: 'https://twitter.com/panaderialola' }, X],
    ['the host mobile.twitter.com', { id: 'main', name: 'Main', url: 'https://mobile.twitter.com/lola' }, X],
    ['the name X (Twitter)', { id: 'red-social', name: 'X (Twitter)' }, X],
    ['id linkedin', { id: 'linkedin', name: 'LinkedIn' }, LINKEDIN],
    [
      'the host es.linkedin.com',
      { id: 'empresa', name: 'Página', url: 'https://es.linkedin.com/company/lola' },
      LINKEDIN,
    ],
    ['id whatsapp-business', { id: 'whatsapp-business', name: 'Clientes' }, WHATSAPP],
    ['the host wa.me', { id: 'pedidos', name: 'Pedidos', url: 'https://wa.me/34611222333' }, WHATSAPP],
    ['the name "Grupo de WhatsApp"', { id: 'grupo', name: 'Grupo de WhatsApp' }, WHATSAPP],
    [
      'the address before the id',
      { id: 'twitter', name: 'Twitter', url: 'https://www.linkedin.com/company/lola' },
      LINKEDIN,
    ],
  ])('by %s', (_, channel, prefix) => {
    expect(composeUrl(channel, 'Hola')).toBe(`${prefix}Hola`);
  });

  it.each([
    [
      'Facebook (its sharer takes a link only)',
      { id: 'facebook', name: 'Facebook', url: 'https://www.facebook.com/lola' },
    ],
    ['Instagram', { id: 'instagram', name: 'Instagram' }],
    ['a blog', { id: 'blog', name: 'Blog', url: 'https://panaderia-lola.es/blog' }],
    ['a name with a lone X', { id: 'web', name: 'Web X' }],
    ['a word that only contains x', { id: 'xtra', name: 'Xtra', url: 'https://xtra.example' }],
    ['an address that does not parse', { id: 'tienda', name: 'Tienda', url: 'not a url' }],
  ])('has no compose page for %s', (_, channel) => {
    expect(composeUrl(channel, 'Hola')).toBeUndefined();
  });
});

describe('composeUrl encodes the text', () => {
  const x = { id: 'x', name: 'X' };
  it.each([
    ['spaces and accents', 'Lo sentimos, de verdad', 'Lo%20sentimos%2C%20de%20verdad'],
    ['ñ and ¿?', '¿Año?', '%C2%BFA%C3%B1o%3F'],
    ['a hashtag and a mention', '#PanaderíaLola @cliente', '%23Panader%C3%ADaLola%20%40cliente'],
    ['a link with its own query', 'https://lola.es/d?a=1&b=2', 'https%3A%2F%2Flola.es%2Fd%3Fa%3D1%26b%3D2'],
    ['new lines', 'uno\ndos', 'uno%0Ados'],
    ['an emoji', 'gracias 🙏', 'gracias%20%F0%9F%99%8F'],
    ['half an emoji, as U+FFFD', 'gracias \ud83d', 'gracias%20%EF%BF%BD'],
    ['an empty text', '', ''],
  ])('%s', (_, text, encoded) => {
    const url = composeUrl(x, text)!;
    expect(url).toBe(`${X}${encoded}`);
    if (!text.includes('\ud83d')) expect(new URL(url).searchParams.get('text')).toBe(text);
  });
});
