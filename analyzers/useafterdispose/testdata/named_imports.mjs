// Feature extraction with named imports.
import { concat, dispose, tensor2d, variableGrads, scalar, tidy } from '@tensorflow/tfjs';

export function features(a, b) {
  const left = tensor2d(a);
  const right = tensor2d(b);
  dispose({ left, right });
  return concat([left, right], 1); // want "`left` is used after dispose\\(\\{ left, right \\}\\) on line 7: .* concat\\(…\\) reads its data"
}

export function gradientNorm(f) {
  const { value, grads } = variableGrads(f);
  dispose(value);
  console.log('loss', value.dataSync()[0]); // want "`value` is used after dispose\\(value\\) on line 13: .* value\\.dataSync\\(\\) throws"
  const norm = tidy(() => Object.values(grads).map((g) => g.square().sum()).reduce((s, x) => s.add(x), scalar(0)).sqrt());
  dispose(grads);
  return norm;
}
