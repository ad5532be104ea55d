/**
 * `npm run bench:editor [-- --json]`: the built renderer (npm run build first)
 * in Debian's Chromium against a bare Tiptap StarterKit page holding the same
 * story, interleaved in one run; then a desk of 10,000 stories in the window.
 *
 *   keystroke20k        typing in the middle of a 20,000-word story
 *   keystroke20kTagged  the same with speaker marks in every paragraph
 *   open20k             opening that story until it is editable
 *   pictureImport10MB   keystroke p95 while a 10 MB JPEG is dropped into a story (picture-bench-steps.ts)
 *   desk10k             open to list, search to results drawn, autosave stall, scroll frames
 *   keystrokeSuggest20k typing in suggest mode ÷ normal mode, on the story with 500 open suggestions
 *   acceptAll500        Accept all of those 500 suggestions
 *
 * `ratio` is Newsdesk's p95 (or median, for open) ÷ the bare editor's, measured
 * in this run (for keystrokeSuggest20k: suggest mode's p95 ÷ normal mode's). How each figure is taken: editor-bench-steps.ts, desk-bench-steps.ts,
 * page-probes.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Browser } from '@playwright/test';

import { type Desk, openDesk } from '../../src/main/open-desk';
import { isTrustedRendererUrl } from '../../src/main/sender-policy';
import { RENDERER_URL } from '../../tests/e2e/harness/renderer-server';
import { makeStoreFolder } from '../store-bench';
import { type BenchSpeaker, longBody, withoutMarks, withSuggestions } from './bench-documents';
import { BENCH_EDITOR, launchBrowser, newsdeskPage, openBare, openNewsdesk } from './bench-pages';
import { measureAutosave, measureOpenToList, measureScroll, measureSearch, roundFigures } from './desk-bench-steps';
import { measureKeystrokes, measureOpen } from './editor-bench-steps';
import { measurePictureImport } from './picture-bench-steps';
import { measureAcceptAll, measureSuggestKeystrokes } from './suggest-bench-steps';

const WORDS = 20_000;
const PLAIN = 'Long story, plain';
const TAGGED = 'Long story, tagged';
const PICTURE_STORY = 'Story taking a picture';
const SUGGESTED = 'Long story, 500 suggestions';
const OPEN_SUGGESTIONS = 500;

const json = process.argv.includes('--json');
/** `--only editor`, `--only suggest`, `--only pictures` or `--only desk` runs one part (while working on it); the JSON then lacks the others. */
const only = process.argv[process.argv.indexOf('--only') + 1];
const runs = (half: 'editor' | 'suggest' | 'pictures' | 'desk') => !process.argv.includes('--only') || only === half;
const log = (message: string) => !json && process.stderr.write(`${message}\n`);

/** Opens a bench desk; with a display name set, no first-run question stands in front of the story. */
async function trusted(dataDir: string): Promise<Desk> {
  await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ displayName: BENCH_EDITOR }), { flag: 'wx' }).catch(() => undefined);
  return openDesk({ dataDir, isTrustedSender: (url) => isTrustedRendererUrl(url, RENDERER_URL) });
}

async function editorHalf(browser: Browser, folders: string[]) {
  log('editor: a 20,000-word story, plain and tagged');
  const storyDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-editor-'));
  folders.push(storyDir);
  const storyDesk = await trusted(storyDir);
  const speakers: BenchSpeaker[] = [];
  for (const [name, role] of [
    ['Hong Lei', 'spokesman'],
    ['Maria Okafor', 'harbor master'],
    ['Tomas Lind', 'finance minister'],
  ]) {
    speakers.push(await storyDesk.services.speakers.create({ name, role, aliases: [name.split(' ')[1]] }));
  }
  const plainBody = longBody(WORDS);
  const taggedBody = longBody(WORDS, speakers);
  await storyDesk.services.articles.create({ headline: PLAIN, body: plainBody });
  await storyDesk.services.articles.create({ headline: TAGGED, body: taggedBody });
  const blocks = plainBody.content?.length ?? 0;

  const newsdesk = await openNewsdesk(browser, storyDesk);
  const bare = await openBare(browser);
  const keystroke20k = await measureKeystrokes(newsdesk, bare, PLAIN, blocks, plainBody);
  log(`  keystroke20k ${JSON.stringify(keystroke20k)}`);
  const keystroke20kTagged = await measureKeystrokes(newsdesk, bare, TAGGED, blocks, withoutMarks(taggedBody));
  log(`  keystroke20kTagged ${JSON.stringify(keystroke20kTagged)}`);
  const open20k = await measureOpen(newsdesk, bare, PLAIN, blocks, TAGGED, blocks, plainBody);
  log(`  open20k ${JSON.stringify(open20k)}`);
  await newsdesk.context().close();
  await bare.context().close();
  await storyDesk.close();
  return { keystroke20k, keystroke20kTagged, open20k };
}

async function suggestPart(browser: Browser, folders: string[]) {
  log(`suggest: a 20,000-word story with ${OPEN_SUGGESTIONS} open suggestions`);
  const storyDir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-suggest-'));
  folders.push(storyDir);
  const storyDesk = await trusted(storyDir);
  const body = withSuggestions(longBody(WORDS), OPEN_SUGGESTIONS);
  await storyDesk.services.articles.create({ headline: SUGGESTED, body });
  const newsdesk = await openNewsdesk(browser, storyDesk);
  const keystrokeSuggest20k = await measureSuggestKeystrokes(newsdesk, SUGGESTED, body.content?.length ?? 0);
  log(`  keystrokeSuggest20k ${JSON.stringify(keystrokeSuggest20k)}`);
  const acceptAll500 = await measureAcceptAll(newsdesk);
  log(`  acceptAll500 ${JSON.stringify(acceptAll500)}`);
  await newsdesk.context().close();
  await storyDesk.close();
  return { keystrokeSuggest20k, acceptAll500 };
}

async function picturesPart(browser: Browser, folders: string[]) {
  log('pictures: a 10 MB JPEG dropped into an 800-word story while typing');
  const folder = await mkdtemp(join(tmpdir(), 'newsdesk-bench-pictures-'));
  folders.push(folder);
  const desk = await trusted(folder);
  await desk.services.articles.create({ headline: PICTURE_STORY, body: longBody(800) });
  const page = await openNewsdesk(browser, desk);
  const pictureImport10MB = await measurePictureImport(page, PICTURE_STORY);
  log(`  pictureImport10MB ${JSON.stringify(pictureImport10MB)}`);
  await page.context().close();
  await desk.close();
  return { pictureImport10MB };
}

async function deskHalf(browser: Browser, folders: string[]) {
  log('desk: 10,000 stories');
  const deskDir = await makeStoreFolder(10_000);
  folders.push(deskDir);
  const desk10 = await trusted(deskDir);
  const deskPage = await newsdeskPage(browser, desk10);
  await deskPage.goto(RENDERER_URL);
  const openToListMs = await measureOpenToList(deskPage);
  log(`  openToListMs ${openToListMs}`);
  await deskPage.locator('nd-app[data-ready]').waitFor({ state: 'attached', timeout: 120_000 });
  const scrollFrameP95Ms = await measureScroll(deskPage);
  log(`  scrollFrameP95Ms ${scrollFrameP95Ms}`);
  const searchToPaintedP95Ms = await measureSearch(deskPage, desk10);
  log(`  searchToPaintedP95Ms ${searchToPaintedP95Ms}`);
  const autosaveLongestTaskMs = await measureAutosave(deskPage);
  log(`  autosaveLongestTaskMs ${autosaveLongestTaskMs}`);
  await deskPage.context().close();
  await desk10.close();
  return { desk10k: roundFigures({ openToListMs, searchToPaintedP95Ms, autosaveLongestTaskMs, scrollFrameP95Ms }) };
}

const browser = await launchBrowser();
const folders: string[] = [];
try {
  const report = {
    ...(runs('editor') ? await editorHalf(browser, folders) : {}),
    ...(runs('suggest') ? await suggestPart(browser, folders) : {}),
    ...(runs('pictures') ? await picturesPart(browser, folders) : {}),
    ...(runs('desk') ? await deskHalf(browser, folders) : {}),
  };
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${JSON.stringify(report)}\n`);
} finally {
  await browser.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
}
