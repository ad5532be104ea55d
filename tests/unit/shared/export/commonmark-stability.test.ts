import { describe, expect, it } from 'vitest';

import { measureCommonMarkStability } from '../../../../bench/commonmark-stability';

describe('CommonMark stability', () => {
  it('keeps at least 99 % of the representable spec examples stable through parse → serialize → parse', () => {
    const result = measureCommonMarkStability();
    expect(result.representable).toBeGreaterThan(400);
    expect(result.stable / result.representable).toBeGreaterThanOrEqual(0.99);
  });
});
