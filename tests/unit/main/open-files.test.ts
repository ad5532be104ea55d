import { describe, expect, it } from 'vitest';

import { filesInArgv } from '../../../src/main/open-files';

describe('files on a command line', () => {
  it('are the arguments with a briefing, Markdown or HTML extension, resolved against the launch folder', () => {
    expect(filesInArgv(['/opt/Newsdesk/newsdesk', 'story.txt', '/news/notes.MD', 'page.html', 'photo.jpg'], '/home/ed')).toEqual([
      '/home/ed/story.txt',
      '/news/notes.MD',
      '/home/ed/page.html',
    ]);
  });

  it('skip the executable, the app folder, options and the value of --data-dir', () => {
    expect(
      filesInArgv(['electron', '/src/newsdesk', '--data-dir', 'archive.txt', '--inspect=9229', '--data-dir=x.md', 'wire.txt'], '/w'),
    ).toEqual(['/w/wire.txt']);
  });
});
