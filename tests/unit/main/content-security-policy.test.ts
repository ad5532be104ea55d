import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY, policyDirectives } from '../../../src/shared/content-security-policy';
import { OUT_DIRECTORY, readBuiltFile } from '../../support/built-output';

/** The `content` of every CSP `<meta http-equiv>` in a page, entities decoded. */
function metaPolicies(html: string): string[] {
  const metas = html.match(/<meta\b[^>]*>/gi) ?? [];
  return metas
    .filter((meta) => /http-equiv\s*=\s*["']?content-security-policy["']?/i.test(meta))
    .map((meta) => /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta))
    .map((match) =>
      (match?.[1] ?? match?.[2] ?? '')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
}

describe('the Content-Security-Policy', () => {
  it('is the one the built renderer page carries, directive for directive', () => {
    const policies = metaPolicies(readBuiltFile(join(OUT_DIRECTORY, 'renderer', 'index.html')));
    expect(policies).toHaveLength(1);
    expect(policyDirectives(policies[0])).toEqual(policyDirectives(CONTENT_SECURITY_POLICY));
  });

  it('refuses everything by default and allows scripts only from the app itself', () => {
    const directives = policyDirectives(CONTENT_SECURITY_POLICY);
    expect(directives[0]).toBe("default-src 'none'");
    expect(directives).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('compares policies by directive, ignoring spacing and a trailing semicolon', () => {
    expect(policyDirectives("default-src 'none' ;  img-src 'self'   data:;")).toEqual(["default-src 'none'", "img-src 'self' data:"]);
  });
});
