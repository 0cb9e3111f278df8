/** Rules of the stewardship calls that are worth a unit test: the API paths and the owners typed as text. */
import { Asset, Owner } from '../api/types';

const enc = encodeURIComponent;

/** Stewardship addresses an asset by its id's two parts, each encoded (a file's name may hold a "/"). */
export function assetPath(asset: Pick<Asset, 'sourceId' | 'qualifiedName'>): string {
  return `/api/v1/assets/${enc(asset.sourceId)}/${enc(asset.qualifiedName)}`;
}

export function columnPath(asset: Pick<Asset, 'sourceId' | 'qualifiedName'>, column: string): string {
  return `${assetPath(asset)}/columns/${enc(column)}`;
}

export function classPath(asset: Pick<Asset, 'sourceId' | 'qualifiedName'>, column: string, className: string, verdict: 'accept' | 'reject'): string {
  return `${columnPath(asset, column)}/classifications/${enc(className)}/${verdict}`;
}

/** "ada@example.com, group:crm-team" → owners; a "group:" prefix makes a group, anything else a person. */
export function parseOwners(text: string): { name: string; kind: 'person' | 'group' }[] {
  return text
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)
    .map(s => (/^group:/i.test(s) ? { name: s.slice(6).trim(), kind: 'group' as const } : { name: s, kind: 'person' as const }))
    .filter(o => o.name.length > 0);
}

export function formatOwners(owners: Owner[] | null | undefined): string {
  return (owners ?? []).map(o => (o.kind.toLowerCase() === 'group' ? `group:${o.name}` : o.name)).join(', ');
}

/** "CUSTOMER_FEEDBACK, email" → upper-cased class names, as the API stores them. */
export function parseClasses(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map(s => s.trim().toUpperCase()).filter(Boolean))];
}

/** What a term's status allows, in the API's names (docs/stewardship.md); reason: the step needs one. */
export type TermStep = { action: 'submit' | 'approve' | 'reject' | 'deprecate'; label: string; reason: boolean };

export function termSteps(status: string, hasPending: boolean): TermStep[] {
  switch (status.toLowerCase()) {
    case 'draft':
      return [{ action: 'submit', label: 'Submit for review', reason: false }];
    case 'inreview':
      return [{ action: 'approve', label: 'Approve', reason: false }, { action: 'reject', label: 'Reject', reason: true }];
    case 'approved':
      return [
        ...(hasPending
          ? [{ action: 'approve', label: 'Approve the revision', reason: false }, { action: 'reject', label: 'Reject the revision', reason: true }] as TermStep[]
          : []),
        { action: 'deprecate', label: 'Deprecate', reason: true },
      ];
    default:
      return [];
  }
}

/** "InReview" → "in review". */
export function statusText(status: string): string {
  return status.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
