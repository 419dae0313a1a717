// Look-alike APIs from other libraries: none of them is TensorFlow.js.
import * as myLib from './my-ml-lib.js';
import { optim } from 'ml-toolkit';
import { SGDOptimizer } from './optimizers.js';

export function buildAll(params) {
  const a = myLib.train.sgd(0.1);
  const b = optim.sgd(params, { lr: 0.1 });
  const c = new SGDOptimizer(0.1);
  const d = myLib.SGDOptimizer ? new myLib.SGDOptimizer(0.1) : null;
  return [a, b, c, d];
}

export function compileSomethingElse(compiler) {
  // A template compiler, not a model.
  return compiler.compile({ template: 'sgd-report', strict: true });
}

class Tf {
  constructor() {
    this.train = { sgd: (lr) => ({ lr }) };
  }
}

export const fake = new Tf().train.sgd(0.5);
