/** "1.0.0+35c33cc1d217…" → "1.0.0+35c33cc": the commit's short form is enough to tell builds apart. */
export function shortVersion(version: string): string {
  const [release, commit] = version.split('+', 2);
  return commit ? `${release}+${commit.slice(0, 7)}` : release;
}
