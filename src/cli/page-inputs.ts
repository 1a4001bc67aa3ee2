import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { shownUrl, splitCredentials } from './page/shown-url.js';

/** One page to check, or the reason an input gave none. */
export type PageInput =
  | { readonly kind: 'file'; readonly page: string; readonly path: string }
  | {
      readonly kind: 'url';
      readonly page: string;
      /** Without credentials: they are in `authorization`. */
      readonly url: string;
      readonly authorization?: string | undefined;
    }
  | { readonly kind: 'error'; readonly page: string; readonly error: string };

const SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** A path as it is shown: relative to `cwd` when it is inside it, else absolute. */
function shown(path: string, cwd: string): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

// A project's node_modules holds other packages' pages: searched only when the input says so.
const ignoreFor = (input: string) => (input.includes('node_modules') ? [] : ['**/node_modules/**']);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';

interface Walked {
  readonly files: string[];
  readonly errors: PageInput[];
}

/**
 * The `.html` files under `folder`, at any depth, following links as the glob does, and an
 * error for each folder it cannot list and each link it cannot follow (a link to nowhere
 * counts only when its name is a page's). Dot entries are left out, and `node_modules` unless
 * `withModules`.
 */
async function walk(folder: string, withModules: boolean, cwd: string): Promise<Walked> {
  const files: string[] = [];
  const errors: PageInput[] = [];
  const seen = new Set<string>();
  const fail = (path: string, error: string) => errors.push({ kind: 'error', page: shown(path, cwd), error });
  const visit = async (path: string): Promise<void> => {
    let real: string;
    let entries;
    try {
      real = await realpath(path);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      fail(path, `is a folder that cannot be read (${errorCode(error)})`);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || (!withModules && entry.name === 'node_modules')) continue;
      const child = join(path, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(child);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          const code = errorCode(error);
          if (code !== 'ENOENT' || HTML_FILE.test(entry.name))
            fail(child, `is a link that cannot be followed (${code})`);
          continue;
        }
      }
      if (isFolder) await visit(child);
      else if (isFile && HTML_FILE.test(entry.name)) files.push(child);
    }
  };
  await visit(folder);
  return { files, errors: errors.sort((one, other) => (one.page < other.page ? -1 : 1)) };
}

const HTML_FILE = /\.html$/;

/** An error for each folder `pattern` has to list but cannot: the folders its last segment is matched in. */
async function unreadableFolders(pattern: string, cwd: string, ignore: string[]): Promise<PageInput[]> {
  const folderPattern = dirname(pattern);
  const folders = isDynamicPattern(folderPattern)
    ? await glob(folderPattern, { cwd, absolute: true, onlyDirectories: true, ignore })
    : [resolve(cwd, folderPattern)];
  const errors: PageInput[] = [];
  for (const folder of folders) {
    try {
      await readdir(folder);
    } catch (error) {
      const code = errorCode(error);
      if (code !== 'ENOENT') {
        errors.push({ kind: 'error', page: shown(folder, cwd), error: `is a folder that cannot be read (${code})` });
      }
    }
  }
  return errors;
}

async function kindOfPath(path: string): Promise<'file' | 'folder' | 'missing' | string> {
  try {
    const found = await stat(path);
    return found.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A link whose target is gone is there, and is no mistake in the input's name.
      const isLink = await lstat(path).then(
        (found) => found.isSymbolicLink(),
        () => false,
      );
      return isLink ? `is a link that cannot be followed (${code})` : 'missing';
    }
    return `cannot be read (${code ?? 'unknown error'})`;
  }
}

async function expandOne(input: string, cwd: string): Promise<PageInput[]> {
  if (SCHEME.test(input)) {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      return [{ kind: 'error', page: shownUrl(input), error: 'is not a valid URL' }];
    }
    const page = shownUrl(input);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return [{ kind: 'error', page, error: 'is not an http or https URL' }];
    }
    const { url: href, authorization } = splitCredentials(url.href);
    return [{ kind: 'url', page, url: href, authorization }];
  }

  const path = resolve(cwd, input);
  const kind = await kindOfPath(path);
  const files = (paths: string[]) =>
    paths.sort().map((file): PageInput => ({ kind: 'file', page: shown(file, cwd), path: file }));
  if (kind === 'file') return files([path]);
  if (kind === 'folder') {
    const { files: found, errors } = await walk(path, input.includes('node_modules'), cwd);
    if (!found.length && !errors.length)
      return [{ kind: 'error', page: input, error: 'is a folder that holds no .html file' }];
    return [...files(found), ...errors];
  }
  if (kind !== 'missing') return [{ kind: 'error', page: input, error: kind }];
  if (!isDynamicPattern(input)) return [{ kind: 'error', page: input, error: 'is no file or folder' }];
  let found: string[];
  let errors: PageInput[];
  try {
    found = await glob(input, { cwd, absolute: true, ignore: ignoreFor(input) });
    errors = await unreadableFolders(input, cwd, ignoreFor(input));
  } catch (error) {
    return [{ kind: 'error', page: input, error: `is a pattern that cannot be read (${(error as Error).message})` }];
  }
  if (!found.length && !errors.length)
    return [{ kind: 'error', page: input, error: 'is a pattern that matches no file' }];
  return [...files(found), ...errors];
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
      input.kind === 'file'
        ? `file:${input.path}`
        : input.kind === 'url'
          ? `url:${input.authorization ?? ''} ${input.url}`
          : `error:${input.page}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
