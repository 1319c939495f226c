import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { serverPath } from './client';

/** One framed JSON-RPC message, as a client writes it. */
const frame = (body: object) => {
  const json = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
};

test('initialize without the required `capabilities` answers an error, and the server stays usable', async () => {
  const child = spawn(process.execPath, [serverPath(), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  const replies: Array<{ id: number; result?: { capabilities: object }; error?: { message: string } }> = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    for (;;) {
      const header = /Content-Length: (\d+)\r\n\r\n/.exec(out);
      if (!header) break;
      const start = header.index + header[0].length;
      const length = Number(header[1]);
      if (Buffer.byteLength(out.slice(start)) < length) break;
      replies.push(JSON.parse(out.slice(start, start + length)));
      out = out.slice(start + length);
    }
  });
  const reply = async (id: number) => {
    for (let waited = 0; waited < 10_000; waited += 20) {
      const r = replies.find((x) => x.id === id);
      if (r) return r;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no answer to request ${id}`);
  };
  try {
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null } }));
    const bad = await reply(1);
    assert.ok(bad.error, 'a protocol violation is answered with an error');
    child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    const good = await reply(2);
    assert.equal(good.error, undefined, JSON.stringify(good.error));
    assert.ok(good.result?.capabilities, 'the server is still alive and initializes');
  } finally {
    child.kill();
  }
});
