// The compiled lessons/ folder, generated at build time by src/content/compile/vite-plugin.ts.
declare module 'virtual:content' {
  const content: import('../domain/content').Content;
  export default content;
}
