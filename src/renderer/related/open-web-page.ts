/**
 * Opening a related story's web page: the person sees the full address and
 * agrees first, then main opens it in their browser (the window itself never
 * navigates anywhere).
 */
import { desk, messageOf } from '../desk';
import { confirmAction } from '../ui/confirm';

/** Asks, then opens `url`; resolves with an error message when it could not be opened, else null. */
export async function openWebPage(url: string): Promise<string | null> {
  const confirmed = await confirmAction({
    heading: 'Open this page in your browser?',
    message: url,
    confirmLabel: 'Open in browser',
    initialFocus: 'confirm',
  });
  if (!confirmed) return null;
  try {
    await desk.openWebPage({ url });
    return null;
  } catch (error) {
    return `Couldn't open the page: ${messageOf(error)}`;
  }
}
