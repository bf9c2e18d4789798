import { posix } from 'node:path';

/** A template path stays inside the playbook's folder: relative, and never climbing out of it. */
export function staysInside(templatePath: string): boolean {
  const normalized = posix.normalize(templatePath.replaceAll('\\', '/'));
  return (
    !posix.isAbsolute(normalized) &&
    !/^[a-zA-Z]:/.test(normalized) &&
    normalized !== '..' &&
    !normalized.startsWith('../')
  );
}
