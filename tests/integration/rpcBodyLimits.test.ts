import { describe, expect, it } from 'vitest';
import { MAX_STRUCTURE } from '../../main/server/readJsonBody.ts';
import { jsonBody, rawRequest } from '../helpers/rawHttp.ts';
import { rpc } from '../helpers/rpc.ts';
import { useTestServer } from '../helpers/testServer.ts';

const env = useTestServer();

const STRUCTURE_REFUSAL = 'Dữ liệu gửi lên có quá nhiều phần tử hoặc lồng nhau quá sâu, không phải dữ liệu của lệnh này.';

function post(method: string, headers: string[], body = ''): string {
  return [`POST /api/rpc/${method} HTTP/1.1`, `Host: 127.0.0.1:${env.server.port}`, `Authorization: Bearer ${env.server.secret}`, 'Content-Type: application/json', ...headers, '', body].join('\r\n');
}

async function workspaceId(): Promise<string> {
  return (await env.call('workspace.create', { name: 'Đại hội XVII' })).workspace.id;
}

describe('RPC request bodies', () => {
  it('refuses a body over 1 MB to a method that carries no file, at once and unread', async () => {
    const declared = await rawRequest(env.server.port, post('workspace.list', ['Content-Length: 2000000'], '{"a":'));
    expect(declared.status).toBe(413);
    expect(jsonBody(declared).error.message).toContain('tối đa 1 MB');
    const sent = await rpc(env.server.url, env.server.secret, 'workspace.create', { name: 'x', pad: 'y'.repeat(1_100_000) });
    expect([sent.status, sent.body.error.code]).toEqual([413, 'bad_request']);
  });

  it('still takes a file of several MB on the methods that carry one', async () => {
    const text = `${'Báo cáo chính trị nhiệm kỳ 2025 – 2030 '.repeat(40)}\n`.repeat(1500); // 2.5 MB, 1,500 paragraphs
    const { status, body } = await rpc(env.server.url, env.server.secret, 'document.import', {
      workspaceId: await workspaceId(),
      kind: 'other',
      title: ','.repeat(300), // texts may hold commas: they count, but are far from the bound
      fileName: 'bao-cao.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    expect([status, body.error]).toEqual([200, undefined]);
    expect(body.result.document.title).toBe(','.repeat(300));
  });

  it('refuses an import body of a million keys, or nested a million deep, without parsing it', async () => {
    // 13 MB of keys (3 million took 5.3 s to parse in the server's thread) and 2 MB of brackets.
    const keys = '{' + Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(',') + '}';
    const deep = '{"workspaceId":' + '['.repeat(1_000_000) + ']'.repeat(1_000_000) + '}';
    for (const body of [keys, deep]) {
      const { status, body: reply } = await rpc(env.server.url, env.server.secret, 'document.import', body);
      expect([status, reply.error.message]).toEqual([400, STRUCTURE_REFUSAL]);
    }
    const justUnder = '{' + Array.from({ length: MAX_STRUCTURE / 2 - 1 }, (_, i) => `"k${i}":1`).join(',') + '}';
    const { status, body: reply } = await rpc(env.server.url, env.server.secret, 'document.import', justUnder);
    expect(status).toBe(400);
    expect(reply.error.message).not.toBe(STRUCTURE_REFUSAL); // parsed, then refused by the contract
  });
});
