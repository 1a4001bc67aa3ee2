// The package as an app installs it: `npm pack` of this checkout (no scripts; the caller has
// built), unpacked into a fresh project's node_modules/rr-customer. Installing from a registry
// is not possible offline, so each dependency the tarball declares is linked from this
// checkout's node_modules; theirs resolve from there, as they would in an install. A module
// the package uses without declaring it would not resolve.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * @param {string} prefix the temporary directory's name prefix
 * @returns {Promise<{ project: string, packageDir: string, remove: () => Promise<void> }>}
 */
export async function packedApp(prefix) {
  const project = await mkdtemp(join(tmpdir(), prefix));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {
    cwd: root,
  });
  const [pack] = /** @type {{ filename: string }[]} */ (JSON.parse(stdout));
  if (!pack) throw new Error('npm pack reported no tarball');
  const packageDir = join(project, 'node_modules/rr-customer');
  await mkdir(packageDir, { recursive: true });
  await run('tar', ['-xzf', join(project, pack.filename), '-C', packageDir, '--strip-components=1']);
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const link = join(project, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(join(root, 'node_modules', name), link);
  }
  await writeFile(join(project, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  return { project, packageDir, remove: () => rm(project, { recursive: true, force: true }) };
}
