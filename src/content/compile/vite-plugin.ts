import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { compileLessons } from './compile.ts';
import { formatErrors } from './errors.ts';

const VIRTUAL_ID = 'virtual:content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Compiles lessons/ into the `virtual:content` module. Any problem stops the build (and shows
 * the dev server's error overlay) with every file, line and message at once.
 */
export function lessonsPlugin(dir = 'lessons'): Plugin {
  const root = resolve(dir);
  return {
    name: 'lessons',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const result = compileLessons(root);
      for (const file of result.files) this.addWatchFile(file);
      if (!result.content) this.error(formatErrors(result.errors));
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
