// Utilities written against an aliased namespace and destructured functions.
import * as tfjs from '@tensorflow/tfjs';

const tf = tfjs;
const { tidy: scoped, tensor2d } = tf;

export function logitsToText(logits) {
  // .then on data() is still a Promise when tidy returns.
  return scoped(() => logits.softmax().data().then((p) => Array.from(p).map((v) => v.toFixed(3)).join(' '))); // want "returns a Promise \\(logits\\.softmax\\(\\)\\.data\\(\\) is async\\)"
}

export function pairwise(points) {
  return scoped(() => {
    const a = tensor2d(points);
    const norms = a.square().sum(1, true);
    return norms.add(norms.transpose()).sub(a.matMul(a.transpose()).mul(2));
  });
}

const load = async (url) => {
  const res = await fetch(url);
  return tensor2d(await res.json());
};

export function loadScaled(url) {
  const pending = load(url);
  return scoped(() => pending); // want "returns a Promise \\(pending holds load\\(…\\) is async\\)"
}
