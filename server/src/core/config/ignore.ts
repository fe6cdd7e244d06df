/**
 * Ignore patterns: `ignore:` in `.foresight.yml` (relative to the config's folder) and the CLI's `--ignore`
 * (relative to the folder the run is in); README, "Configuration" and "Command line". Globs over `/`-separated
 * relative paths: `*` and `?` stay within a folder, `**` crosses folders; a pattern also covers everything under
 * a folder it matches (`drafts` skips `drafts/a.md`), and one with no `/` matches in any folder (`*.draft.md`).
 */

/** A glob (`*`, `?`, `**`) as a regular expression over a `/`-separated relative path; `suffix` may follow the match. */
export function globRegExp(glob: string, suffix = ''): RegExp {
  return new RegExp(
    '^' +
      glob
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*\*\//g, '\u0000')
        .replace(/\*\*/g, '\u0001')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        // eslint-disable-next-line no-control-regex -- NUL and SOH stand for `**/` and a last `**` while the glob is translated (no path holds them)
        .replace(/\u0000/g, '(?:.*/)?')
        // eslint-disable-next-line no-control-regex -- as above
        .replace(/\u0001/g, '.*') +
      suffix +
      '$',
  );
}

/** Whether a relative path (`/`-separated, or with the platform's separator) is matched by any of the patterns. */
export function ignoreMatcher(patterns: readonly string[]): (relative: string) => boolean {
  const res = patterns.map((p) => {
    const glob = p.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    return globRegExp(glob.includes('/') ? glob.replace(/^\//, '') : `**/${glob}`, '(?:/.*)?');
  });
  return (relative) => {
    const rel = relative.replace(/\\/g, '/');
    // A path outside the patterns' folder is never theirs.
    if (rel === '..' || rel.startsWith('../')) return false;
    return res.some((re) => re.test(rel));
  };
}
