/**
 * The ids of the plan init writes, by its language. Ids are identifiers, not prose, but a Spanish
 * plan reads better with Spanish ids; they are the bundled Spanish example's wherever it has the
 * same part, so the docs' commands (`crisis render aviso-corto --var problema=…`) work on a plan
 * init wrote. Templates are named after their response.
 */
export const PLAN_IDS = {
  es: {
    levels: ['comentario-negativo', 'posible-crisis', 'crisis'],
    vars: { customer: 'cliente', problem: 'problema', fix: 'solucion', what: 'problema' },
    responses: { thanks: 'agradecimiento', statement: 'comunicado', short: 'aviso-corto', internal: 'aviso-interno' },
    steps: {
      reply: 'responder',
      tellTeam: 'avisar-equipo',
      convene: 'reunir',
      statement: 'comunicado',
      short: 'aviso-corto',
    },
    triage: 'alcance',
  },
  en: {
    levels: ['negative-comment', 'possible-crisis', 'crisis'],
    vars: { customer: 'customer', problem: 'problem', fix: 'fix', what: 'what' },
    responses: { thanks: 'thanks', statement: 'statement', short: 'short-apology', internal: 'internal-brief' },
    steps: {
      reply: 'reply',
      tellTeam: 'tell-team',
      convene: 'convene',
      statement: 'statement',
      short: 'short-apology',
    },
    triage: 'reach',
  },
} as const;
