import { readFileSync } from 'node:fs';
const text = readFileSync('/tmp/yprof/corpus/plan-1/crisis.yaml', 'utf8');
const Y = await import('yaml');
const cpu = () => process.cpuUsage().user / 1000;
for (let round = 0; round < 3; round++) {
  let lex = 0, parse = 0, comp = 0, js = 0;
  for (let i = 0; i < 200; i++) {
    let t = cpu();
    const lexemes = [...new Y.Lexer().lex(text)];
    lex += cpu() - t; t = cpu();
    const lc = new Y.LineCounter(); const tokens = [...new Y.Parser(lc.addNewLine).parse(text)];
    parse += cpu() - t; t = cpu();
    const docs = [...new Y.Composer({uniqueKeys:false}).compose(tokens)];
    comp += cpu() - t; t = cpu();
    docs[0].toJS();
    js += cpu() - t;
  }
  console.log('per parse ms: lex', (lex/200).toFixed(2), 'lex+parse', (parse/200).toFixed(2), 'compose', (comp/200).toFixed(2), 'toJS', (js/200).toFixed(2));
}
