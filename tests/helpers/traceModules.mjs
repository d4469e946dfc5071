// Preloaded with `node --import` (tests/integration/cliBundle.test.ts): appends the URL of every
// module this thread loads, Node's own included (node:http…), to the file $VANKIEN_TRACE_MODULES:
// those imported, and those taken with process.getBuiltinModule, as the bundle takes Node's own.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const out = process.env.VANKIEN_TRACE_MODULES;
registerHooks({
  load(url, context, next) {
    appendFileSync(out, `${url}\n`);
    return next(url, context);
  },
});
const getBuiltinModule = process.getBuiltinModule.bind(process);
process.getBuiltinModule = (id) => {
  appendFileSync(out, `${id.startsWith('node:') ? id : `node:${id}`}\n`);
  return getBuiltinModule(id);
};
