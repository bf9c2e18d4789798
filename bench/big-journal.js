// A long incident of the bundled Spanish plan (playbooks/es-optica-miravista), as a journal of
// `count` events: what two days of a viral crisis leave behind. Notes, contact attempts (some
// unreachable), steps done, left for later and skipped at each level, departments asked and
// answering, public posts with their links, private replies, team notices, hand-offs, drafts,
// promises made and kept, and the level going up and down. Every id is the plan's own, so the
// journal reads, replays and reports as a real one would. Used by bench/report.js and by
// test/unit/linear-costs.test.ts.

const CONTACTS = ['sofia', 'jorge', 'lucia', 'pablo', 'agencia'];
const STEPS = {
  'posible-crisis': ['avisar-equipo', 'pedir-datos', 'responder-privado'],
  crisis: ['reunir', 'pedir-datos', 'comunicado', 'aviso-corto', 'influencers'],
};
const POSTS = [
  { step: 'aviso-corto', response: 'aviso-corto', channel: 'x', link: 'https://x.com/miravista/status/' },
  { step: 'aviso-corto', response: 'aviso-corto', channel: 'instagram', link: 'https://instagram.com/p/' },
  { step: 'comunicado', response: 'comunicado', channel: 'facebook', link: 'https://facebook.com/miravista/posts/' },
  { step: 'comunicado', response: 'comunicado', channel: 'web', link: 'https://miravista.example/blog/' },
  { step: 'responder-privado', response: 'respuesta-privada', channel: 'x', audience: 'private' },
  { step: 'avisar-equipo', response: 'aviso-interno', channel: 'team', audience: 'internal' },
  { response: 'actualizacion', channel: 'facebook', link: 'https://facebook.com/miravista/posts/' },
];
const NOTES = [
  'Otro cliente se queja del retraso en X',
  'El periodista pide declaraciones por correo: prensa@diario.example',
  'Llamada de una clienta al 611 222 333, quiere hablar con el gerente',
  'El hilo original ya tiene 3.200 retuits',
  'Logística confirma que el laboratorio entrega el lunes',
  'Una influencer comparte el comunicado con un comentario favorable',
];

/** The journal's events, in order; `id` names the incident and starts its promises' ids. */
export function bigJournal(count, { closed = true, id = 'bench', start = Date.UTC(2026, 10, 22, 20, 0) } = {}) {
  let tick = 0;
  const at = () => new Date(start + (tick += 4) * 1000).toISOString();
  let level = 'posible-crisis';
  let promises = 0;
  let kept = 0;
  const events = [
    { type: 'answer', at: at(), key: 'open.summary', value: 'Un cliente denuncia retrasos de tres semanas' },
    {
      type: 'opened',
      at: at(),
      id,
      summary: 'Un cliente denuncia retrasos de tres semanas',
      channel: 'x',
      link: 'https://x.com/ana_lopez/status/1',
      detected_at: new Date(start - 600_000).toISOString(),
    },
    {
      type: 'triaged',
      at: at(),
      answers: [
        { question: 'alcance', option: 'Varios clientes se quejan de lo mismo', level: 'posible-crisis' },
        { question: 'autor', option: 'Un perfil con más de 10.000 seguidores', level: 'posible-crisis' },
      ],
      level,
    },
    { type: 'on-duty', at: at(), contact: 'sofia' },
  ];
  // One round: about forty events of every kind, as a busy hour goes.
  const round = (r) => {
    const out = [];
    const note = (i) => out.push({ type: 'note', at: at(), text: `${NOTES[(r + i) % NOTES.length]} (${r}.${i})` });
    for (let i = 0; i < 4; i += 1) note(i);
    for (let i = 0; i < 4; i += 1)
      out.push({
        type: 'contact',
        at: at(),
        contact: CONTACTS[(r + i) % CONTACTS.length],
        status: (r + i) % 7 === 0 ? 'unreachable' : 'reached',
      });
    const steps = STEPS[level];
    for (let i = 0; i < 3; i += 1) {
      const step = steps[(r + i) % steps.length];
      const status = ['done', 'later', 'done', 'skipped'][(r + i) % 4];
      out.push({ type: 'answer', at: at(), key: `vars.${step}.problema`, value: `el retraso ${r}` });
      out.push({
        type: 'step',
        at: at(),
        level,
        step,
        status,
        ...(status === 'skipped' ? { reason: 'Ya se respondió en público' } : {}),
      });
    }
    for (let i = 0; i < 4; i += 1) note(4 + i);
    const department = r % 2 === 0 ? 'atencion' : 'logistica';
    out.push({ type: 'asked', at: at(), step: 'pedir-datos', department });
    for (let i = 0; i < 5; i += 1) {
      const post = POSTS[(r + i) % POSTS.length];
      out.push({ type: 'answer', at: at(), key: `message.${post.step ?? 'x'}.${post.channel}`, value: 'publish' });
      out.push({
        type: 'published',
        at: at(),
        ...(post.step ? { step: post.step } : {}),
        response: post.response,
        channel: post.channel,
        text: `Lamentamos el retraso en las entregas (${r}.${i}). Entregaremos esta semana. https://miravista.example/comunicado #MiravistaInforma`,
        edited: i % 3 === 0,
        ...(post.audience ? { audience: post.audience } : {}),
      });
      out.push({ type: 'handoff', at: at(), step: post.step, channel: post.channel, via: 'clipboard' });
      if (post.link)
        out.push({ type: 'post-link', at: at(), step: post.step, channel: post.channel, url: `${post.link}${r}${i}` });
    }
    out.push({ type: 'answered', at: at(), department });
    for (let i = 0; i < 4; i += 1) note(8 + i);
    for (let i = 0; i < 2; i += 1) {
      out.push({ type: 'answer', at: at(), key: 'promise.to', value: `@cliente${r}_${i}` });
      out.push({
        type: 'promise',
        at: at(),
        promise: `${id}-${(promises += 1)}`,
        to: `@cliente${r}_${i}`,
        what: 'Cambio de lentes gratis y envío urgente',
        approved_by: 'jorge',
      });
    }
    if (kept < promises - 3) out.push({ type: 'promise-done', at: at(), promise: `${id}-${(kept += 1)}` });
    // Every third round the level moves: up to crisis, back down when it calms.
    if (r % 3 === 2) {
      level = level === 'crisis' ? 'posible-crisis' : 'crisis';
      out.push({ type: 'answer', at: at(), key: 'level.choice', value: level });
      out.push({ type: 'level', at: at(), level, reason: `Ronda ${r}: la conversación cambia` });
    }
    return out;
  };
  for (let r = 0; events.length < count - 1; r += 1) events.push(...round(r));
  events.length = count - 1;
  events.push(
    closed
      ? { type: 'closed', at: at(), resolution: 'Pedidos entregados y disculpa publicada', lessons: 'Avisar antes' }
      : { type: 'note', at: at(), text: 'Seguimos vigilando' },
  );
  return events;
}

/** The journal as its file holds it. */
export const journalText = (events) => `${events.map((event) => JSON.stringify(event)).join('\n')}\n`;
