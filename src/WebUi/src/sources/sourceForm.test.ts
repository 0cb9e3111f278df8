import { describe, expect, it } from 'vitest';
import { SourceFields, fieldOfMessage, toRequest } from './sourceForm';

const fields: SourceFields = {
  name: ' shop ', type: 'sqlite', connection: '/data/shop.db', includeSchemas: 'main, , sales', samplingAllowed: true,
  scheduleKind: 'cron', scanEvery: '06:00:00', scanSchedule: '30 2 * * MON-FRI', scanTimeZone: 'Europe/Berlin',
};

describe('source form', () => {
  it('sends only the chosen schedule', () => {
    expect(toRequest(fields)).toEqual({
      name: 'shop', type: 'sqlite', connection: '/data/shop.db',
      options: { includeSchemas: ['main', 'sales'], samplingAllowed: true, scanSchedule: '30 2 * * MON-FRI', scanTimeZone: 'Europe/Berlin' },
    });
    expect(toRequest({ ...fields, scheduleKind: 'interval' }).options).toEqual({ includeSchemas: ['main', 'sales'], samplingAllowed: true, scanEvery: '06:00:00' });
    expect(toRequest({ ...fields, scheduleKind: 'none' }).options.scanSchedule).toBeUndefined();
  });

  it('puts an API message next to the field it names', () => {
    expect(fieldOfMessage("options.scanSchedule: minute: '61' is not valid")).toBe('scanSchedule');
    expect(fieldOfMessage('name is required and at most 200 characters.')).toBe('name');
    expect(fieldOfMessage('connection: no such file')).toBe('connection');
    expect(fieldOfMessage('The source could not be reached.')).toBeNull();
  });
});
