export { detectAttributions } from './detect-attributions';
export type {
  AttributionResult,
  DetectedMention,
  DetectedParaphrase,
  DetectedQuote,
  DetectedSpeaker,
  DetectOptions,
  TextSpan,
} from './types';
