import { resolve } from 'node:path';
import { createServer, type Plugin } from 'vite';

/** Renders the start page (src/app/prerender.tsx) into index.html's #root during the build. */
export function prerenderStartPage(configFile: string): Plugin {
  let root = '';
  return {
    name: 'prerender-start-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        // A throwaway server loads the app in Node with the same plugins (mode "prerender"
        // keeps this plugin out of it).
        const server = await createServer({
          root,
          configFile,
          mode: 'prerender',
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const entry = await server.ssrLoadModule(resolve(root, 'src/app/prerender.tsx'));
          const markup: unknown = entry.renderStartPage();
          if (typeof markup !== 'string' || !markup.includes('<h1')) {
            throw new Error('the start page rendered without a heading');
          }
          // A memory router writes "/path"; the app runs on a hash router ("#/path").
          const hashed = markup.replace(/ href="\//g, ' href="#/');
          return html.replace('<div id="root"></div>', `<div id="root">${hashed}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
