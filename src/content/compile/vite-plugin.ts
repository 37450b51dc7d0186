import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileLessons } from './compile.ts';
import { formatErrors } from './errors.ts';
import { packContent } from './pack.ts';

const VIRTUAL_ID = 'virtual:content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const UNPACK = fileURLToPath(new URL('../unpack.ts', import.meta.url));

/**
 * Compiles lessons/ into the `virtual:content` module. Any problem stops the build (and shows
 * the dev server's error overlay) with every file, line and message at once. A production
 * build ships the content as a small index plus compressed frames decoded on first use
 * (compile/pack.ts, src/content/unpack.ts); the dev server and tests get plain JSON.
 */
export function lessonsPlugin(dir = 'lessons'): Plugin {
  const root = resolve(dir);
  let building = false;
  return {
    name: 'lessons',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = compileLessons(root);
      for (const file of result.files) this.addWatchFile(file);
      if (!result.content) this.error(formatErrors(result.errors));
      if (building) {
        const { index, frames } = await packContent(result.content);
        return `import { unpackContent } from ${JSON.stringify(UNPACK)};
export default unpackContent(${JSON.stringify(index)}, ${JSON.stringify(frames)});`;
      }
      // A JSON string parsed at start-up is faster for engines than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.content))});`;
    },
    configureServer(server) {
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(root + sep)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
