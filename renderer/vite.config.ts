import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pdfjsDir = join(here, '../node_modules/pdfjs-dist');

/**
 * pdf.js fetches its standard fonts, CMaps (CJK) and image decoders (wasm) at run time. Nothing
 * may come from the network, so they ship inside the app under /pdfjs/ (same origin, CSP 'self').
 */
function pdfjsAssets(): Plugin {
  const folders = ['standard_fonts', 'cmaps', 'wasm'];
  return {
    name: 'casebook-pdfjs-assets',
    generateBundle() {
      for (const folder of folders) {
        for (const name of readdirSync(join(pdfjsDir, folder))) {
          if (name.startsWith('LICENSE')) continue;
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${name}`,
            source: readFileSync(join(pdfjsDir, folder, name)),
          });
        }
      }
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const [folder, name] = rel.replace(/^\//, '').split('/');
        if (!folder || !name || !folders.includes(folder) || name.includes('..')) return next();
        res.end(readFileSync(join(pdfjsDir, folder, name)));
      });
    },
  };
}

export default defineConfig({
  root: here,
  // Relative asset URLs: the built app loads from a custom protocol (Electron) or a test server.
  base: './',
  plugins: [react(), pdfjsAssets()],
  build: {
    outDir: join(here, '../dist-renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    // No inline <script>/<style>/data: URLs for modules, so a strict CSP (script-src 'self') holds.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
