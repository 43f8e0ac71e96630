// Loaded into `astro build` by a test (NODE_OPTIONS=--import): records every read of a file under
// COUNT_READS_IN into COUNT_READS_LOG, to show that each content file is read once per build.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const folder = process.env.COUNT_READS_IN;
const log = process.env.COUNT_READS_LOG;
const record = (file) => {
  const name = typeof file === 'string' ? file : file instanceof URL ? file.pathname : '';
  if (folder && log && name.startsWith(folder)) fs.appendFileSync(log, `${name}\n`);
};
for (const [target, method] of [
  [fs, 'readFileSync'],
  [fs, 'readFile'],
  [fs.promises, 'readFile'],
]) {
  const original = target[method];
  target[method] = function (file, ...rest) {
    record(file);
    return original.call(this, file, ...rest);
  };
}
syncBuiltinESMExports();
