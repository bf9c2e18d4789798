import { describe, expect, it } from 'vitest';
import { hasScript, KEY } from '../../scripts/pty-session.js';
import { walkOnTerminal } from './walk-terminal.js';

// Links typed at the walkthrough's questions on a real terminal, on the Spanish plan: one copied
// without https:// is the link (never recorded empty, never ticked and dropped), and what is no
// link is refused, saying what to type, and asked again.
const ERASE = '\u007f';

const WORDS = {
  es: {
    env: {},
    link: 'Enlace a la publicación (vacío si no hay)',
    refusedLink: '«not a url» no es un enlace: pega la dirección de la publicación',
    seen: '¿Cuándo lo vio',
    reached: 'Marca a quién',
    step: 'Este paso:',
    message: 'Este mensaje para',
    links: 'Enlaces a las publicaciones en',
    refusedLinks: '«not» no es un enlace: pega las direcciones de las publicaciones separadas por espacios',
  },
  en: {
    env: { CRISIS_LANG: 'en' },
    link: 'Link to the post (empty if none)',
    refusedLink: '"not a url" is not a link: paste the post\'s address',
    seen: 'When did the team first see it',
    reached: 'Tick whom you reached',
    step: 'This step:',
    message: 'This message for',
    links: 'Links to the posts on',
    refusedLinks: '"not" is not a link: paste the posts\' addresses separated by spaces',
  },
};

describe.skipIf(!hasScript).each(['es', 'en'] as const)('links typed on a real terminal (%s)', (lang) => {
  it('reads x.com/… as https://, and asks again for what is no link', async () => {
    const words = WORDS[lang];
    const { t, events: journal } = walkOnTerminal({ TZ: 'UTC', ...words.env });
    await t.answer('?', `Queja viral${KEY.enter}`);
    await t.answer(words.link, `not a url${KEY.enter}`);
    await t.when(words.refusedLink);
    t.type(`${ERASE.repeat(9)}x.com/eva/status/5${KEY.enter}`);
    await t.answer(words.seen, KEY.enter);
    await t.answer('?', `${KEY.down.repeat(2)}${KEY.enter}`);
    await t.answer(words.reached, `a${KEY.enter}`);
    await t.answer(words.step, KEY.enter);
    await t.answer(words.step, KEY.enter);
    await t.answer('(', `el retraso${KEY.enter}`);
    await t.answer('(', `entregaremos pronto${KEY.enter}`);
    // Published on Facebook and on the blog, then their links: one that is no link is asked again.
    await t.answer(words.message, KEY.enter);
    await t.answer(words.message, KEY.enter);
    await t.answer(words.links, `not a url${KEY.enter}`);
    await t.when(words.refusedLinks);
    t.type(`${ERASE.repeat(9)}www.facebook.com/miravista/posts/9 miravista.example/blog/1${KEY.enter}`);
    await t.when('▶ Publicar el aviso corto');
    // Neither refused answer was ticked as taken.
    expect(t.screen()).not.toMatch(/✔[^✔?]*not a url/);
    await t.kill();
    const events = journal();
    expect(events.find((event) => event.type === 'opened')).toMatchObject({ link: 'https://x.com/eva/status/5' });
    expect(events.flatMap((event) => (event.type === 'post-link' ? [[event.channel, event.url]] : []))).toEqual([
      ['facebook', 'https://www.facebook.com/miravista/posts/9'],
      ['web', 'https://miravista.example/blog/1'],
    ]);
  }, 180_000);
});
