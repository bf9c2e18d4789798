import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_YAML, tempDir } from '../helpers.js';
import { crisis } from './run-cli.js';

const ES = 'test/fixtures/plans/es-optica-miravista';

describe('crisis render', () => {
  it('prints the message for one channel alone on stdout, ready to copy', async () => {
    const run = await crisis([
      'render',
      'aviso-corto',
      '--channel',
      'x',
      '--var',
      'problema=el retraso de hoy',
      '--playbook',
      `${ES}/crisis.yaml`,
    ]);
    expect(run).toMatchObject({
      status: 0,
      stderr: '',
      stdout:
        'Lamentamos el retraso de hoy. Ya lo estamos solucionando y te lo contamos todo aquí: https://miravista.example/comunicado #MiravistaInforma\n',
    });
  });

  it('renders a template file for each of its channels, with length against the limit', async () => {
    const run = await crisis(
      ['render', 'comunicado', '--var', 'problema=el retraso', '--var', 'solucion=entregamos mañana=seguro'],
      { cwd: ES },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /── Facebook · \d+ ──\nComunicado de Óptica Miravista\n\nQueremos pedir disculpas a nuestros clientes por el retraso\./,
    );
    expect(run.stdout).toContain('Qué vamos a hacer: entregamos mañana=seguro.');
    expect(run.stdout).toContain('── Blog de la web ·');
  });

  it('exits 1 and names the check when a message is too long', async () => {
    const run = await crisis(['render', 'aviso-corto', '--channel', 'x', '--var', `problema=${'x'.repeat(250)}`], {
      cwd: ES,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is 37\d characters on x, \d+ over its limit of 280.*\(message-too-long\)/);
  });

  it('exits 1 when a message mentions a topic to avoid', async () => {
    const run = await crisis(['render', 'agradecimiento', '--channel', 'x', '--var', 'cliente=@fan_del_fútbol'], {
      cwd: ES,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('(avoid-topic)');
  });

  it.each([
    [['render', 'aviso-corto'], /needs: --var problema=… \(Qué ha pasado, en pocas palabras\)/],
    // An empty or blank value would print as a blank ("Lamentamos . Ya lo…"): refused as a missing one.
    [['render', 'aviso-corto', '--channel', 'x', '--var', 'problema='], /needs: --var problema=… \(Qué ha pasado/],
    [['render', 'aviso-corto', '--channel', 'x', '--var', 'problema=  '], /needs: --var problema=… \(Qué ha pasado/],
    [['render', 'avisocorto', '--var', 'problema=x'], /Did you mean: aviso-corto\?/],
    [['render', 'aviso-corto', '--var', 'problema'], /--var takes name=value, not "problema"/],
    [
      ['render', 'aviso-corto', '--var', 'problema=x', '--channel', 'facebook'],
      /not published on "facebook"\. Its channels: x, instagram/,
    ],
  ])('%j exits 2 and says what to add', async (args, message) => {
    const run = await crisis(args, { cwd: ES });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('refuses a playbook with errors, showing them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'crisis.yaml'), MINIMAL_YAML.replace('backup: luis }', 'backup: luiz }'));
    const run = await crisis(['render', 'thanks', '--var', 'customer=@a'], { cwd: dir });
    // Could not run (2), which is not a message failing a check (1).
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown-reference');
    expect(run.stdout).toBe('');
  });

  it('refuses a plan with a variable named like a root of the render context, as lint does, never crashing', async () => {
    const dir = tempDir();
    const plan = MINIMAL_YAML.replace(
      '    text: "Hola {{customer}},',
      '      channel: { description: Dónde, example: X }\n    text: "Hola {{customer}}{{#unless channel}} en {{channel.name}}{{/unless}},',
    );
    writeFileSync(join(dir, 'crisis.yaml'), plan);
    const run = await crisis(['render', 'thanks', '--var', 'customer=@a', '--var', 'channel='], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/names a variable "channel".*schema/);
    expect(run.stderr).toContain('crisis.yaml has errors');
    expect(run.stderr).not.toMatch(/bug/i);
  });

  it('renders on a channel a step publishes the response on, and a notice once, for the team', async () => {
    const dir = tempDir();
    const plan = MINIMAL_YAML.replace(
      '    kind: acknowledgement\n',
      '    kind: acknowledgement\n    channels: [blog]\n',
    )
      .replace('response: thanks }', 'response: thanks, channels: [twitter] }')
      .concat(
        '  - { id: note, title: Aviso, kind: internal, approved_by: luis, text: "Atentos a {{channel.name}}" }\n',
      );
    writeFileSync(join(dir, 'crisis.yaml'), plan);
    const thanks = await crisis(['render', 'thanks', '--var', 'customer=@a'], { cwd: dir });
    expect(thanks.status).toBe(0);
    expect(thanks.stdout).toMatch(/── X · \d+\/280 ──/);
    expect(thanks.stdout).toContain('── Blog ·');
    const note = await crisis(['render', 'note'], { cwd: dir });
    expect(note).toMatchObject({ status: 0, stdout: '── the team · 14 ──\nAtentos a team\n' });
  });

  it('asks which playbook when several are found', async () => {
    const run = await crisis(['render', 'thanks']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Several playbooks here: .*Say which one with --playbook/);
  });
});
