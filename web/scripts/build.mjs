// Builds the page `veille serve` embeds: esbuild bundles src/main.js with
// its packages and CSS, and the result is inlined into src/index.html, so
// the output is ONE self-contained file (no CDN, works offline).
// Usage: node scripts/build.mjs [OUTPUT]   (default: dist/index.html)
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const output = process.argv[2] ?? join(root, 'dist', 'index.html');

const result = await esbuild.build({
  entryPoints: [join(root, 'src', 'main.js')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  write: false,
  outdir: 'out',  // names the outputs; nothing is written
  loader: { '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'none',
  logLevel: 'warning',
});

let js = '', css = '';
for (const file of result.outputFiles) {
  if (file.path.endsWith('.js')) js += file.text;
  else if (file.path.endsWith('.css')) css += file.text;
}
// Inline code must not close its own element early.
js = js.replace(/<\/script/gi, '<\\/script');
css = css.replace(/<\/style/gi, '<\\/style');

const template = readFileSync(join(root, 'src', 'index.html'), 'utf8');
// Replacer functions: the bundle may contain "$&"-like sequences.
const html = template
  .replace('<!--STYLE-->', () => `<style>${css}</style>`)
  .replace('<!--SCRIPT-->', () => `<script>${js}</script>`);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, html);
console.log(`web: ${output} (${(html.length / 1024).toFixed(0)} KiB)`);
