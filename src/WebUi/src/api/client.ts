/** Every call to the node: the API key (when signed in), JSON bodies, and problem details as ApiError. */
const keyName = 'dataspine.apiKey';
const unauthorizedListeners = new Set<() => void>();

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const auth = {
  key: (): string | null => sessionStorage.getItem(keyName),
  signIn: (key: string) => sessionStorage.setItem(keyName, key),
  signOut: () => sessionStorage.removeItem(keyName),
  onUnauthorized(listener: () => void) {
    unauthorizedListeners.add(listener);
    return () => {
      unauthorizedListeners.delete(listener);
    };
  },
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function request<T>(method: Method, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json', ...headers } };
  const sent = init.headers as Record<string, string>;
  const key = auth.key();
  if (key) sent.Authorization = `Bearer ${key}`;
  // State-changing calls always carry a JSON body with its content type (the API refuses them otherwise).
  if (method === 'POST' || method === 'PUT' || method === 'PATCH') {
    sent['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body ?? {});
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, 'network_error', `The node did not answer: ${String(e)}`);
  }

  const text = await response.text();
  const parsed = text ? safeJson(text) : undefined;
  if (!response.ok) {
    if (response.status === 401) unauthorizedListeners.forEach(l => l());
    throw toError(response.status, parsed, text);
  }

  return parsed as T;
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, body, headers);
export const put = <T>(path: string, body?: unknown) => request<T>('PUT', path, body);
export const del = <T>(path: string) => request<T>('DELETE', path);

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Problem details carry `code` and `detail`; the registry answers Confluent's `error_code` and `message`. */
export function toError(status: number, body: unknown, text: string): ApiError {
  if (body && typeof body === 'object') {
    const b = body as Record<string, unknown>;
    const code = typeof b.code === 'string' ? b.code : b.error_code !== undefined ? String(b.error_code) : `http_${status}`;
    const message = [b.detail, b.message, b.title].find(m => typeof m === 'string') as string | undefined;
    return new ApiError(status, code, message ?? `HTTP ${status}`);
  }

  return new ApiError(status, `http_${status}`, text ? text.slice(0, 300) : `HTTP ${status}`);
}

export const enc = encodeURIComponent;
