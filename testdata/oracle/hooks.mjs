// Module loader hooks for run.js (registered with module.register): every
// @tensorflow/tfjs* import resolves to the one tfjs instance run.js has
// instrumented, and the entry script's .js modules load as ES modules.

let names = [];
let esmRoot = null;

export async function initialize(data) {
  names = data.names;
  esmRoot = data.esmRoot;
}

function isTF(specifier) {
  return specifier === '@tensorflow/tfjs' || specifier.startsWith('@tensorflow/tfjs-') ||
    specifier.startsWith('@tensorflow/tfjs/');
}

// resolve also finds relative imports without an extension (`./model`) as
// bundlers and the simulator do: with .js, .mjs, or as a directory's
// index.js.
export async function resolve(specifier, context, next) {
  if (isTF(specifier)) {
    return { url: 'tfjs-oracle:tf', shortCircuit: true };
  }
  try {
    return await next(specifier, context);
  } catch (err) {
    const missing = err && (err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT');
    if (!missing || !/^\.{1,2}\//.test(specifier)) throw err;
    for (const suffix of ['.js', '.mjs', '/index.js']) {
      try {
        return await next(specifier + suffix, context);
      } catch {
        // try the next one
      }
    }
    throw err;
  }
}

const ident = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export async function load(url, context, next) {
  if (url === 'tfjs-oracle:tf') {
    const lines = ['const tf = globalThis.__tfOracle;', 'export default tf;'];
    for (const n of names) {
      if (ident.test(n) && n !== 'default') lines.push(`export const ${n} = tf.${n};`);
    }
    return { format: 'module', source: lines.join('\n'), shortCircuit: true };
  }
  if (esmRoot && url.startsWith(esmRoot) && url.endsWith('.js')) {
    return next(url, { ...context, format: 'module' });
  }
  return next(url, context);
}
