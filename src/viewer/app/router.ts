/** Hash routes (`#/dataset/sample/train/abc`), so every view has a URL and the server needs no routing. */
import { useEffect, useState } from 'preact/hooks';

export function currentRoute(): string[] {
  return window.location.hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => decodeURIComponent(part));
}

export function navigate(...parts: string[]): void {
  window.location.hash = `#/${parts.map((part) => encodeURIComponent(part)).join('/')}`;
}

export function useRoute(): string[] {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = () => setRoute(currentRoute());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
