import { describe, expect, it } from 'vitest';

import { reviewChecks } from '../../../../src/shared/attribution/review-checks';
import type { RevisionSnapshot } from '../../../../src/shared/revision';
import { diffRevisions } from '../../../../src/shared/revision-diff';
import { del, doc, ins, note, p } from '../../../support/document-builders';

const ana = { id: 'sug-fees', author: 'Ana Ruiz' };
const open = { id: 'note-aaaaaa', resolved: false, messages: [{ author: 'Ines Duarte', at: '2026-11-29T10:00:00.000Z', text: 'Source?' }] };

describe('review checks', () => {
  it('name open suggestions and unresolved notes with their counts', () => {
    const body = doc(p('Fees rise by ', del(ana, '4%'), ins(ana, '5%'), ins({ id: 'sug-more', author: 'Ana Ruiz' }, ' again'), '.'));
    expect(reviewChecks(body, [open, { ...open, id: 'note-bbbbbb', resolved: true }]).map((check) => check.message)).toEqual([
      '2 open suggestions to accept or reject',
      '1 unresolved note',
    ]);
  });

  it('are empty when review is settled', () => {
    expect(reviewChecks(doc(p(note('note-aaaaaa', 'Fees'), ' rise.')), [{ ...open, resolved: true }])).toEqual([]);
  });
});

describe('revisions of a story under review', () => {
  const snapshot = (body: RevisionSnapshot['body']): RevisionSnapshot => ({
    headline: 'Port dues rise',
    dateline: 'KALDER',
    byline: '',
    status: 'editing',
    body,
    related: [],
    speakers: [],
  });

  it('show an accepted replacement as a change: the suggested-away words go', () => {
    const before = snapshot(doc(p('Fees rise by ', del(ana, 'four'), ins(ana, 'five'), ' per cent.')));
    const accepted = snapshot(doc(p('Fees rise by five per cent.')));
    const changes = diffRevisions(before, accepted).body.filter((part) => part.kind !== 'equal');
    expect(changes.filter((part) => part.kind === 'delete').map((part) => part.text.trim())).toEqual(['four']);
    expect(changes.filter((part) => part.kind === 'insert').map((part) => part.text.trim())).toEqual(['five']);
  });

  it('show a rejected insertion as a change: the suggested words go', () => {
    const before = snapshot(doc(p('Fees rise', ins(ana, ' sharply'), ' this year.')));
    const rejected = snapshot(doc(p('Fees rise this year.')));
    const changes = diffRevisions(before, rejected).body.filter((part) => part.kind !== 'equal');
    expect(changes.map((part) => [part.kind, part.text.trim()])).toEqual([['delete', 'sharply']]);
  });

  it('show an accepted insertion and a withdrawn deletion as changes too, and an open suggestion as no change', () => {
    const cut = { id: 'sug-cut', author: 'Ana Ruiz' };
    const before = snapshot(doc(p('Fees rise', ins(ana, ' sharply'), ' this year', del(cut, ' again'), '.')));
    const settled = snapshot(doc(p('Fees rise sharply this year again.')));
    const changes = diffRevisions(before, settled).body.filter((part) => part.kind !== 'equal');
    expect(changes.map((part) => [part.kind, part.text.trim()])).toEqual([
      ['insert', 'sharply'],
      ['insert', 'again'],
    ]);
    expect(diffRevisions(before, before).body.every((part) => part.kind === 'equal')).toBe(true);
  });
});
