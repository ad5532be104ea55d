/**
 * The speaker registry's model: people who are quoted or paraphrased, shared
 * across articles (the same spokesman appears in many briefings).
 */
import * as v from 'valibot';

import { idSchema } from './record-key';
import { TimestampSchema } from './timestamp';

export const SpeakerIdSchema = idSchema('A speaker');

const NameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'A speaker needs a name.'),
  v.maxLength(200, 'A name is at most 200 characters.'),
);
const DetailSchema = v.pipe(v.string(), v.trim(), v.maxLength(200, 'At most 200 characters.'));

export const SpeakerSchema = v.object({
  id: SpeakerIdSchema,
  /** The canonical name: "Hong Lei". */
  name: NameSchema,
  /** Short forms and descriptions that refer to the same person: "Hong", "the spokesman". */
  aliases: v.array(NameSchema),
  role: DetailSchema,
  organization: DetailSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Speaker = v.InferOutput<typeof SpeakerSchema>;

/** The editable fields of a speaker. */
export const SpeakerFieldsSchema = v.object({
  name: v.optional(NameSchema),
  aliases: v.optional(v.array(NameSchema)),
  role: v.optional(DetailSchema),
  organization: v.optional(DetailSchema),
});
export type SpeakerFields = v.InferOutput<typeof SpeakerFieldsSchema>;

/** Folds case, accents, quote style and spacing, so "O’Brien" and "o'brien" compare equal. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when `name` is the speaker's canonical name or one of its aliases. */
export function speakerAnswersTo(speaker: Pick<Speaker, 'name' | 'aliases'>, name: string): boolean {
  const wanted = normalizeName(name);
  return normalizeName(speaker.name) === wanted || speaker.aliases.some((alias) => normalizeName(alias) === wanted);
}
