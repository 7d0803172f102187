// Bundles bpmn-js for the browser into the ES module wwwroot/lib/bpmn/designer.js (gitignored; MSBuild runs this before build).
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(web, 'wwwroot', 'lib', 'bpmn');
const assets = join(web, 'node_modules', 'bpmn-js', 'dist', 'assets');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(web, 'Designer', 'js', 'designer.js')],
  outfile: join(out, 'designer.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'warning',
});

// bpmn-js.css and diagram-js.css, and the bpmn font (css/ and font/ keep their relative paths).
cpSync(join(assets, 'bpmn-js.css'), join(out, 'bpmn-js.css'));
cpSync(join(assets, 'diagram-js.css'), join(out, 'diagram-js.css'));
cpSync(join(assets, 'bpmn-font'), join(out, 'bpmn-font'), { recursive: true });
console.log(`bpmn-js bundle written to ${out}`);
