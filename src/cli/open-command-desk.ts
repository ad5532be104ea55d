/** Opening the data folder for a `desk` subcommand, telling the person when it recovers from a crash. */
import { type Desk, openDesk } from '../main/open-desk';
import { RECOVERING_MESSAGE } from '../main/store/article-store';
import type { CommandContext } from './command-context';

/** Opens the command's data folder; prints "did not close cleanly; recovering" (stderr) when the last owner had crashed. */
export async function openCommandDesk(context: CommandContext): Promise<Desk> {
  const desk = await openDesk({ dataDir: context.dataDir });
  if (desk.store.warnings.includes(RECOVERING_MESSAGE)) context.error(RECOVERING_MESSAGE);
  return desk;
}
