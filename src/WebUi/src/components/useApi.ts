import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';

export type Loadable<T> = { data?: T; error?: ApiError; loading: boolean; reload: () => void };

/** Loads once per key (null: nothing to load); keeps the last answer while reloading. */
export function useApi<T>(key: string | null, load: () => Promise<T>): Loadable<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: key !== null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState(s => ({ data: s.data, loading: true }));
    load().then(
      data => live && setState({ data, loading: false }),
      error => live && setState({ error: asApiError(error), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, tick]);
  const reload = useCallback(() => setTick(t => t + 1), []);
  return { ...state, reload };
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'client_error', String(error));
}
