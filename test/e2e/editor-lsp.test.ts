import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { root, tempDir } from '../helpers.js';

// What a person sees in their editor: the shipped schema read by yaml-language-server (the server
// behind VS Code's YAML extension and others), spoken to over the Language Server Protocol.

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

/** Opens one file in the language server and returns the first diagnostics it publishes. */
function diagnose(file: string): Promise<Diagnostic[]> {
  const server = createRequire(import.meta.url).resolve('yaml-language-server/bin/yaml-language-server');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const send = (message: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  return new Promise((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, end).toString())![1]);
        if (buffer.length < end + 4 + length) return;
        const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
        buffer = buffer.subarray(end + 4 + length);
        // The server asks for its settings; answer every request so it never waits on us.
        if (message.method === 'workspace/configuration')
          send({ id: message.id, result: message.params.items.map(() => ({ validate: true })) });
        else if (message.id !== undefined && message.method) send({ id: message.id, result: null });
        else if (message.id === 1) {
          send({ method: 'initialized', params: {} });
          send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true } } } });
          const textDocument = { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1 };
          send({
            method: 'textDocument/didOpen',
            params: { textDocument: { ...textDocument, text: readFileSync(file, 'utf8') } },
          });
        }
        if (message.method === 'textDocument/publishDiagnostics' && message.params.diagnostics.length > 0) {
          child.kill();
          resolve(message.params.diagnostics);
        }
      }
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
}

describe('the plan in an editor, through yaml-language-server', { timeout: 120_000 }, () => {
  it('says a bad duration in words, at its place, instead of the raw pattern', async () => {
    const dir = tempDir();
    const plan = readFileSync(join(root, 'playbooks/en-northside-bakery/crisis.yaml'), 'utf8')
      .replace(/\$schema=\S+/, `$schema=${pathToFileURL(join(root, 'schema/playbook.schema.json')).href}`)
      .replace('respond_within: 4h', 'respond_within: 4 hours');
    const file = join(dir, 'crisis.yaml');
    writeFileSync(file, plan);
    const line = plan.split('\n').findIndex((text) => text.includes('respond_within: 4 hours'));

    const diagnostics = await diagnose(file);
    expect(diagnostics.map((d) => d.message)).toEqual([en['jsonSchema.duration']]);
    expect(diagnostics[0]!.range.start).toEqual({ line, character: plan.split('\n')[line]!.indexOf('4 hours') });
  });
});
