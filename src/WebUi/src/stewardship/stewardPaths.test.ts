import { describe, expect, it } from 'vitest';
import { classPath, formatOwners, parseClasses, parseOwners, statusText, termSteps } from './stewardPaths';

describe('stewardship calls', () => {
  it('encodes both parts of an asset id, a file name with a slash too', () => {
    expect(classPath({ sourceId: 'files', qualifiedName: 'sub/people.csv' }, 'e mail', 'EMAIL', 'reject')).toBe(
      '/api/v1/assets/files/sub%2Fpeople.csv/columns/e%20mail/classifications/EMAIL/reject',
    );
  });

  it('reads owners typed as text and writes them back the same way', () => {
    const owners = parseOwners(' ada@example.com, group: crm-team ,, group:');
    expect(owners).toEqual([{ name: 'ada@example.com', kind: 'person' }, { name: 'crm-team', kind: 'group' }]);
    expect(formatOwners([{ name: 'ada@example.com', kind: 'Person' }, { name: 'crm-team', kind: 'Group' }])).toBe('ada@example.com, group:crm-team');
  });

  it('upper-cases hand-set classes and drops repeats', () => {
    expect(parseClasses('customer_feedback, EMAIL email')).toEqual(['CUSTOMER_FEEDBACK', 'EMAIL']);
  });

  it('offers the lifecycle steps the status allows', () => {
    expect(termSteps('Draft', false).map(s => s.action)).toEqual(['submit']);
    expect(termSteps('InReview', false).map(s => s.action)).toEqual(['approve', 'reject']);
    expect(termSteps('Approved', false).map(s => s.action)).toEqual(['deprecate']);
    expect(termSteps('Approved', true).map(s => s.action)).toEqual(['approve', 'reject', 'deprecate']);
    expect(termSteps('Deprecated', false)).toEqual([]);
    expect(termSteps('InReview', false).find(s => s.action === 'reject')?.reason).toBe(true);
    expect(statusText('InReview')).toBe('in review');
  });
});
