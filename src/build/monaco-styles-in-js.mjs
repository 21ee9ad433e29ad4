// @ts-check
/**
 * Vite plugin: Monaco's modules import their own CSS. Astro hoists CSS reachable from
 * an island — lazy imports included — into every page's <head> as render-blocking
 * stylesheets (~175 KB for Monaco). This turns each of Monaco's CSS imports into a
 * small module that inserts the styles when the editor chunk actually loads.
 */
const PREFIX = '\0monaco-style:';

/** @returns {import('vite').Plugin} */
export function monacoStylesInJs() {
  return {
    name: 'vpnception:monaco-styles-in-js',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !importer.includes('/node_modules/monaco-editor/') || !source.endsWith('.css')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The `.js` suffix keeps Vite's CSS plugin from treating this module as CSS.
      return resolved ? `${PREFIX}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `const style = document.createElement('style');`,
        `style.dataset.source = 'monaco';`,
        `style.textContent = css;`,
        `document.head.append(style);`,
      ].join('\n');
    },
  };
}
