import { describe, expect, it } from 'vitest';
import { shortVersion } from './version';

describe('shortVersion', () => {
  it('keeps the release and seven characters of the commit', () => {
    expect(shortVersion('1.0.0+35c33cc1d217d867bcfedb2a8b44482398d12113')).toBe('1.0.0+35c33cc');
  });
  it('leaves a version without a commit as it is', () => {
    expect(shortVersion('1.2.3')).toBe('1.2.3');
  });
});
