import { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { Loadable } from './useApi';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="error" role="alert">
      <strong>{error.code}</strong>: {error.message}
      {error.status === 403 && <> (your key's role may not do this: stewards and admins can)</>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

/** Renders a loadable: its loading state, its error (code and message), or its data. */
export function Show<T>({ what, value, children }: { what: string; value: Loadable<T>; children: (data: T) => ReactNode }) {
  if (value.error) return <ErrorBox error={value.error} onRetry={value.reload} />;
  if (value.data === undefined) return <Loading what={what} />;
  return <>{children(value.data)}</>;
}
