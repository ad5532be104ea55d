export { detectAttributions } from './detect-attributions';
export type {
  AttributionResult,
  DetectOptions,
  DetectedMention,
  DetectedParaphrase,
  DetectedQuote,
  DetectedSpeaker,
  TextSpan,
} from './types';
