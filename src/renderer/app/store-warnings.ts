/** What the desk store had to say when it opened, told once in a notice. */
import { desk, messageOf } from '../desk';
import type { NoticeController } from '../ui/notice-controller';

/** Tells the person about files the store set aside on open (corrupt/) or repairs it made. */
export async function reportStoreWarnings(notices: NoticeController): Promise<void> {
  try {
    const { storeWarnings } = await desk.info({});
    if (storeWarnings.length === 0) return;
    notices.show(
      'warning',
      storeWarnings.length === 1
        ? 'The desk opened, with one thing to check'
        : `The desk opened, with ${storeWarnings.length} things to check`,
      {
        details: storeWarnings,
        timeout: 0,
      },
    );
  } catch (error) {
    notices.show('error', `Couldn't read the desk's status: ${messageOf(error)}`);
  }
}
