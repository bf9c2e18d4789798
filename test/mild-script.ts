// A drill of the Spanish example plan: a possible crisis handled to its end in 30 minutes. Tests
// change what they need of it (a published link, the private reply's text).
export const MILD = `version: 1
clock: 2026-11-22T21:10:00+01:00
incident: { summary: Varias quejas por retrasos, channel: x, link: https://x.com/ana_lopez/status/1 }
triage: { alcance: 2, autor: 1, salud: "No" }
notify: { jorge: reached, lucia: reached }
steps:
  avisar-equipo: { status: done, at: +10m, vars: { problema: varios clientes se quejan de retrasos } }
  pedir-datos: { status: done, at: +20m }
  responder-privado:
    status: done
    at: +30m
    vars: { cliente: Ana, pedido: MV-20931, solucion: te enviamos hoy unas gafas de sustitución }
    published: { instagram: https://instagram.com/direct/1 }
close: { at: +2h, resolution: Pedidos entregados }
`;
