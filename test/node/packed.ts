import { execFileSync } from 'node:child_process';

export interface PackedFile {
  path: string;
  size: number;
}

/** What `npm pack` would publish from the current build (without building again). */
export function packed(): { files: PackedFile[]; size: number; unpackedSize: number; entryCount: number } {
  const root = new URL('../../', import.meta.url);
  return JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0];
}
