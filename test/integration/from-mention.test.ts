import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext, speakingThePlan } from '../../src/cli/context.js';
import { interactive } from '../../src/cli/escalate/interactive.js';
import { readJournal } from '../../src/cli/incident-store/journal-file.js';
import { loadPlaybook } from '../../src/cli/load-playbook.js';
import { CTRL_C, scriptedPrompter } from '../scripted-prompter.js';
import { mentionPrefill } from '../../src/cli/watch/from-mention.js';
import { appendMentions } from '../../src/cli/watch/mention-store.js';
import { example } from '../helpers.js';
import { crisis } from './run-cli.js';

const MENTION = {
  id: 'https://mastodon.example/@lucia/113612345678901234',
  feed: 'Mastodon',
  feedUrl: 'https://mastodon.example/tags/miravista.rss',
  link: 'https://mastodon.example/@lucia/113612345678901234',
  text: 'Tres semanas esperando mis gafas en #Miravista y nadie contesta al teléfono.',
  seen: '2026-11-22T21:00:00.000Z',
  terms: ['#Miravista'],
  flagged: true,
  flags: ['agotadas'],
};

describe('crisis escalate --from-mention', () => {
  it('opens the incident with the summary, link and first-seen time of the stored mention: the walkthrough asks what is left', async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    appendMentions(join(dir, 'watch'), [MENTION]);
    const base = createContext([], '0.0.0', {
      cwd: dir,
      env: { NO_COLOR: '1' },
      streams: { stdout: new PassThrough(), stderr: new PassThrough() },
      interactive: true,
    });
    const { file, playbook, textOf } = loadPlaybook(undefined, base);
    const ctx = speakingThePlan(base, playbook);
    const prefill = mentionPrefill({ fromMention: MENTION.id }, file, base);
    const prompter = scriptedPrompter([CTRL_C]);
    const now = () => new Date('2026-11-22T21:10:00Z');
    await interactive({}, ctx, playbook, file, textOf, async () => prompter, now, prefill);
    // The summary is not asked again; the next question is the first one left.
    expect(prompter.keys[0]).not.toBe('open.summary');
    const [journal] = readdirSync(join(dir, 'incidents')).filter((name) => name.endsWith('.jsonl'));
    const answers = readJournal(join(dir, 'incidents', journal!)).events.filter((event) => event.type === 'answer');
    expect(answers.map((event) => [event.key, event.value])).toEqual([
      ['open.summary', MENTION.text],
      ['open.link', MENTION.link],
      ['open.detected', MENTION.seen],
    ]);
  });

  it('names the store and how to find an id when the mention is unknown', async () => {
    const dir = example('es-optica-miravista', { incidents: true });
    writeFileSync(join(dir, 'x.yaml'), '');
    const run = await crisis(['escalate', '--from-mention', 'nope', '--script', 'x.yaml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/No mention "nope" in watch\/mentions\.jsonl\. Run crisis watch first/);
  });
});
