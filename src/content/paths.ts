// Repo-relative, forward-slash paths, handled without node:path so the compiler stays usable
// wherever a string-to-string file reader can be supplied (Node CLI, Vite plugin, tests).

/** Collapses `.` and `..` segments; a path that climbs above its start keeps its leading `..`. */
export function normalizePath(path: string): string {
  const parts: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(segment);
  }
  return parts.join('/');
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** The repo-relative path an INCLUDE names, read relative to the including file's folder. */
export function resolveInclude(includingFile: string, includeName: string): string {
  const base = directoryOf(includingFile);
  return normalizePath(base === '' ? includeName : `${base}/${includeName}`);
}

export function baseNameWithoutExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
