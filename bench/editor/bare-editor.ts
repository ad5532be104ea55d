/**
 * The benchmark's yardstick: a bare Tiptap editor with StarterKit and nothing
 * else, in a plain page (bundled by esbuild). `window.__bare.mount(body)` opens
 * a body in it, replacing the last one.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

declare global {
  interface Window {
    __bare: {
      editor: Editor | null;
      mount(body: JSONContent): void;
    };
  }
}

window.__bare = {
  editor: null,
  mount(body) {
    window.__bare.editor?.destroy();
    const element = document.getElementById('editor') ?? document.body;
    element.replaceChildren();
    const editor = new Editor({ element, extensions: [StarterKit], content: body });
    window.__bare.editor = editor;
  },
};
