// Lets a child process run our TypeScript sources directly under Node >= 22.13: relative
// imports without an extension resolve to the .ts file (as Vite resolves them), and Node's
// --experimental-transform-types strips the types. For tests that need a second process.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if ((specifier.startsWith('./') || specifier.startsWith('../')) && !/\.[cm]?[jt]sx?$/.test(specifier)) {
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // not a TypeScript module: fall through to the default resolution
      }
    }
    return nextResolve(specifier, context);
  },
});
