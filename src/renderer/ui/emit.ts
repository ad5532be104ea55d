/**
 * emit: the one way an element or controller announces something. Events are
 * CustomEvents that bubble and cross shadow roots (`composed`), named
 * `nd-<noun>-<verb>`, and typed by the GlobalEventHandlersEventMap entry
 * their element declares, so a listener's `event.detail` is typed too.
 */

/** The detail type an event name carries, from GlobalEventHandlersEventMap. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches `name` with `detail` from `target`, bubbling and composed. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, name: K, detail: EventDetail<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
