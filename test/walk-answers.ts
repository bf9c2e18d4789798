// Answers the walkthrough of the Spanish test plan takes in order, shared by the tests that need
// to reach the same point of it: a change to that plan's first steps is mended here once.

/** The first question's answer: what is happening, with the post that started it. */
export const SUMMARY = 'Un periodista publica las quejas por retrasos https://x.com/ana/status/1';
export const TRIAGE = ['Es viral o lo recogen medios'];
/**
 * From triage to the statement's menu on Facebook: everyone reached, the first two steps done
 * (reunir, pedir-datos), and the statement's two variables.
 */
export const TO_STATEMENT_MENU = [
  ...TRIAGE,
  ['jorge', 'agencia', 'lucia'],
  'done',
  'done',
  'el retraso en las entregas',
  'entregaremos esta semana',
];
