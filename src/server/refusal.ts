/**
 * A refusal the desk server sends back: Hocuspocus passes `reason` to the
 * client (the provider's authenticationFailed or close event), so it says what
 * happened and what to do, in a few words (a WebSocket close reason is at most
 * 123 bytes).
 */
export class Refusal extends Error {
  /** The WebSocket close code used when the refusal closes a connection. */
  readonly code: number;
  readonly reason: string;

  constructor(reason: string, code = 4403) {
    super(reason);
    this.name = 'Refusal';
    this.reason = reason;
    this.code = code;
  }
}

/** Close codes of the desk server (4000–4999 are the application's). */
export const CLOSE_CODES = {
  malformed: 4400,
  refused: 4403,
  tooLarge: 4413,
  tooMany: 4429,
} as const;
