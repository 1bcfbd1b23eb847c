import { UsageError } from './errors.js';

export async function run(_args: string[]): Promise<number> {
  throw new UsageError('search: not implemented yet');
}
