/** Calls the workspace server's RPC as a Node client would (Bearer secret). */
export async function rpc(url: string, secret: string | null, method: string, input: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}/api/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}

/** Calls RPC and returns the result, throwing on an error reply. */
export async function call(url: string, secret: string, method: string, input: unknown): Promise<any> {
  const { status, body } = await rpc(url, secret, method, input);
  if (status !== 200) throw new Error(`${method} → ${status} ${JSON.stringify(body)}`);
  return body.result;
}
