/**
 * Turning a schema failure into words a person can act on: the first field
 * that is wrong and what is wrong with it.
 */
import * as v from 'valibot';

/** A short reason from a valibot failure, naming the first field that is wrong ("headline: Expected …"). */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}
