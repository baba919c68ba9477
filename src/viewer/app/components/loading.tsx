/** Data fetched for a view: loading, failed (with the server's error code and message), or ready. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure } from '../api.js';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: Error }
  | { state: 'ready'; value: T };

export function useLoaded<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => live && setLoaded({ state: 'ready', value }),
      (error: Error) => live && setLoaded({ state: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return loaded;
}

export function ErrorBox({ error }: { error: Error }) {
  return (
    <div class="error-box" role="alert">
      {error instanceof ApiFailure && <b>{error.code}: </b>}
      {error.message}
    </div>
  );
}

export function Show<T>({
  loaded,
  children,
}: {
  loaded: Loaded<T>;
  children: (value: T) => ComponentChildren;
}) {
  if (loaded.state === 'loading') return <div class="loading">loading…</div>;
  if (loaded.state === 'failed') return <ErrorBox error={loaded.error} />;
  return <>{children(loaded.value)}</>;
}
