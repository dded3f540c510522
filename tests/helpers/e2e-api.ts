import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { RunningWebHost } from './web-host-process';

/**
 * Calls the web host's API directly, as the renderer does: e2e suites set up a case fast
 * this way and click through only what they test. Throws on a refusal.
 */
export async function callHost<M extends MethodName>(host: RunningWebHost, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-neuvonpito-token': host.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: MethodOutput<M> } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
