import { SourceOptions } from '../api/types';

export type SourceType = 'postgres' | 'sqlite' | 'files' | 'kafka';
export type SourceFields = {
  name: string; type: SourceType; connection: string; includeSchemas: string; samplingAllowed: boolean;
  scheduleKind: 'none' | 'interval' | 'cron'; scanEvery: string; scanSchedule: string; scanTimeZone: string;
};

export const connectionHelp: Record<SourceType, { label: string; placeholder: string; secret: boolean }> = {
  postgres: { label: 'Connection string', placeholder: 'Host=db;Database=shop;Username=reader;Password=…', secret: true },
  sqlite: { label: 'Database file on the node', placeholder: '/data/shop.db', secret: false },
  files: { label: 'Folder on the node', placeholder: '/data/exports', secret: false },
  kafka: { label: 'Bootstrap servers', placeholder: 'broker1:9092,broker2:9092', secret: false },
};

export function toRequest(f: SourceFields): { name: string; type: string; connection: string; options: SourceOptions } {
  const options: SourceOptions = {
    includeSchemas: f.includeSchemas.split(',').map(s => s.trim()).filter(Boolean),
    samplingAllowed: f.samplingAllowed,
  };
  if (f.scheduleKind === 'interval') options.scanEvery = f.scanEvery.trim();
  if (f.scheduleKind === 'cron') {
    options.scanSchedule = f.scanSchedule.trim();
    if (f.scanTimeZone.trim()) options.scanTimeZone = f.scanTimeZone.trim();
  }

  return { name: f.name.trim(), type: f.type, connection: f.connection, options };
}

const fieldNames: Record<string, keyof SourceFields> = {
  name: 'name',
  type: 'type',
  connection: 'connection',
  'options.includeSchemas': 'includeSchemas',
  'options.scanEvery': 'scanEvery',
  'options.scanSchedule': 'scanSchedule',
  'options.scanTimeZone': 'scanTimeZone',
  scanEvery: 'scanEvery',
  scanSchedule: 'scanSchedule',
  scanTimeZone: 'scanTimeZone',
};

/**
 * Which form field an API message is about: the API names it first ("options.scanSchedule: minute: …",
 * "name is required …"); a message that names none belongs to the whole form.
 */
export function fieldOfMessage(message: string): keyof SourceFields | null {
  const first = /^([A-Za-z.]+)/.exec(message.trim())?.[1];
  return first && first in fieldNames ? fieldNames[first] : null;
}
