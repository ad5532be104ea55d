/**
 * Sending a picture file the person chose, dropped or pasted to main: its
 * size is checked here first (a 40 MB file is refused before a byte moves),
 * then its bytes go as base64 (`media:add`) — never its path. Main checks what
 * the bytes are and stores them; the answer carries the picture's reference and
 * the caption, credit and rights the file says about itself.
 */
import type { PictureAdded } from '../../shared/ipc/api';
import { MAX_PICTURE_BYTES, pictureTooLargeMessage } from '../../shared/media/picture-file';
import { desk } from '../desk';
import { base64Of } from '../ui/file-base64';
import { rememberPicture } from './picture-urls';

/** Stores the picture in the desk. Rejects with a message for the person (too large, not a picture, disk full…). */
export async function sendPicture(file: File): Promise<PictureAdded> {
  if (file.size > MAX_PICTURE_BYTES) throw new Error(pictureTooLargeMessage(file.size, file.name || undefined));
  const added = await desk.addPicture({ data: await base64Of(file), fileName: file.name || undefined });
  rememberPicture(added.src, file);
  return added;
}
