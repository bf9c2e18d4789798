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
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('unknown-reference');
    expect(run.stdout).toBe('');
  });

  it('asks which playbook when several are found', async () => {
    const run = await crisis(['render', 'thanks']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Several playbooks here: .*Say which one with --playbook/);
  });
});
