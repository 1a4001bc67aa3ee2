import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One page to check, or the reason an input gave none. */
export type PageInput =
  | { readonly kind: 'file'; readonly page: string; readonly path: string }
  | { readonly kind: 'url'; readonly page: string; readonly url: string }
  | { readonly kind: 'error'; readonly page: string; readonly error: string };

const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** A path as it is shown: relative to `cwd` when it is inside it, else absolute. */
function shown(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

// A project's node_modules holds other packages' pages: searched only when the input says so.
const ignoreFor = (input: string) => (input.includes('node_modules') ? [] : ['**/node_modules/**']);

async function kindOfPath(path: string): Promise<'file' | 'folder' | 'missing' | string> {
  try {
    const found = await stat(path);
    return found.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : `cannot be read (${code ?? 'unknown error'})`;
  }
}

async function expandOne(input: string, cwd: string): Promise<PageInput[]> {
  if (SCHEME.test(input)) {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return [{ kind: 'error', page: input, error: 'is not a valid URL' }];
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return [{ kind: 'error', page: input, error: 'is not an http or https URL' }];
    }
    return [{ kind: 'url', page: input, url: url.href }];
  }

  const path = resolve(cwd, input);
  const kind = await kindOfPath(path);
  const files = (paths: string[]) =>
    paths.sort().map((file): PageInput => ({ kind: 'file', page: shown(file, cwd), path: file }));
  if (kind === 'file') return files([path]);
  if (kind === 'folder') {
    const found = await glob('**/*.html', { cwd: path, absolute: true, ignore: ignoreFor(input) });
    return found.length
      ? files(found)
      : [{ kind: 'error', page: input, error: 'is a folder that holds no .html file' }];
  }
  if (kind !== 'missing') return [{ kind: 'error', page: input, error: kind }];
  if (!isDynamicPattern(input)) return [{ kind: 'error', page: input, error: 'is no file or folder' }];
  let found: string[];
  try {
    found = await glob(input, { cwd, absolute: true, ignore: ignoreFor(input) });
  } catch (error) {
    return [{ kind: 'error', page: input, error: `is a pattern that cannot be read (${(error as Error).message})` }];
  }
  return found.length ? files(found) : [{ kind: 'error', page: input, error: 'is a pattern that matches no file' }];
}

/**
 * The pages that `inputs` name, in the order given: a file as it is; a folder's `.html` files
 * at any depth; a glob's files; an http or https URL. Each file is checked once. A folder or
 * glob leaves out `node_modules` and dot files, unless it names them.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<PageInput[]> {
  const expanded = await Promise.all(inputs.map((input) => expandOne(input, cwd)));
  const seen = new Set<string>();
  return expanded.flat().filter((input) => {
    const key =
      input.kind === 'file' ? `file:${input.path}` : input.kind === 'url' ? `url:${input.url}` : `error:${input.page}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
