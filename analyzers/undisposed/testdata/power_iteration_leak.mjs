// Power iteration for the top principal component, with named imports.
import { tidy, randomNormal, matMul, norm, div, dispose, tensor2d } from '@tensorflow/tfjs';

// Covariance of the centered data, computed once.
export function covariance(rows) {
  return tidy(() => {
    const x = tensor2d(rows);
    const centered = x.sub(x.mean(0));
    return matMul(centered, centered, true, false).div(rows.length - 1);
  });
}

export async function topComponent(cov, iterations = 100) {
  const d = cov.shape[0];
  let v = randomNormal([d, 1]);
  let i = 0;
  while (i < iterations) {
    const av = matMul(cov, v);
    const length = norm(av);
    v = div(av, length); // want "`v` is reassigned to a new tensor"
    dispose([av, length]);
    i++;
  }
  const component = await v.data();
  v.dispose();
  return Array.from(component);
}

export async function topEigenvalue(cov, iterations = 100) {
  let v = randomNormal([cov.shape[0], 1]);
  for (let i = 0; i < iterations; i++) {
    v = tidy(() => { // want "`v` is reassigned to a new tensor"
      const av = matMul(cov, v);
      return av.div(norm(av));
    });
  }
  const lambda = tidy(() => matMul(matMul(v, cov, true, false), v));
  const value = (await lambda.data())[0];
  dispose([v, lambda]);
  return value;
}
