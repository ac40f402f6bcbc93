// Placeholder while this command is written; replaced before it lands.
import type { Ctx } from './context.js';
export async function doctor(_ctx: Ctx, ..._args: unknown[]): Promise<void> {
  throw new Error('not built yet');
}
