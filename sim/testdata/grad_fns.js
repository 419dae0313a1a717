// tf.grad, tf.grads and tf.valueAndGrads drive a manual update; the
// gradients go to optimizer.applyGradients as named tensors.
import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([2, 2]), true, 'gw');
const v = tf.variable(tf.randomNormal([2]), true, 'gv');
const opt = tf.train.sgd(0.05);
const f = (a, b) => a.matMul(b.reshape([2, 1])).square().sum();
const df = tf.grads(f);
const dsq = tf.grad((x) => x.square().sum());

for (let i = 0; i < 6; i++) {
  const [gw, gv] = df([w, v]);
  opt.applyGradients([{ name: 'gw', tensor: gw }, { name: 'gv', tensor: gv }]);
  tf.dispose([gw, gv]);
  const g = dsq(v);
  g.dispose();
  const { value, grads } = tf.valueAndGrads(f)([w, v]);
  opt.applyGradients({ gw: grads[0], gv: grads[1] });
  tf.dispose([value, ...grads]);
}
