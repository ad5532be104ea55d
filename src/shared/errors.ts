/**
 * Errors a user or caller can meet. Each carries a stable `code` for code to
 * branch on and a `message` written for a person: what happened and what to do.
 * `details`, when present, is the technical part (an errno, a path) that a
 * person sees only behind "Details". They cross the IPC boundary as plain
 * `{ code, message, details? }` objects.
 */

export const DESK_ERROR_CODES = [
  'invalid-request',
  'not-found',
  'not-a-briefing',
  'store-locked',
  'store-unreadable',
  'storage-failed',
  'forbidden-sender',
  'cancelled',
  'internal',
] as const;
export type DeskErrorCode = (typeof DESK_ERROR_CODES)[number];

export interface DeskErrorData {
  code: DeskErrorCode;
  message: string;
  details?: string;
}

export class DeskError extends Error {
  readonly code: DeskErrorCode;
  readonly details: string | undefined;

  constructor(code: DeskErrorCode, message: string, details?: string) {
    super(message);
    this.name = 'DeskError';
    this.code = code;
    this.details = details;
  }

  toData(): DeskErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromData(data: DeskErrorData): DeskError {
    return new DeskError(data.code, data.message, typeof data.details === 'string' ? data.details : undefined);
  }
}

/** True for DeskError instances and for their plain `{ code, message }` form. */
export function isDeskErrorData(value: unknown): value is DeskErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Partial<DeskErrorData>;
  return typeof message === 'string' && (DESK_ERROR_CODES as readonly string[]).includes(code as string);
}
