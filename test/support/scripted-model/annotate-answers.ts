export function annotateAnswer(_prompt: string, _seed: number | undefined): string | null {
  return null;
}
