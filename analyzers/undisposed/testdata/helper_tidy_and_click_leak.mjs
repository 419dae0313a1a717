// The same model function, also called by a button: that call leaks the
// x.mul(m) intermediate on every click.
import * as tf from '@tensorflow/tfjs';

const m = tf.variable(tf.scalar(Math.random()));
const b = tf.variable(tf.scalar(Math.random()));
const optimizer = tf.train.adam(0.1);

function predictLine(x) {
  return x.mul(m).add(b); // want "the intermediate tensor from x\\.mul is never disposed: it leaks one tensor per click \\(called from the 'click' handler on line 20\\)"
}

export async function train(xs, ys) {
  for (let i = 0; i < 200; i++) {
    optimizer.minimize(() => predictLine(xs).sub(ys).square().mean());
    await tf.nextFrame();
  }
}

document.getElementById('predict').addEventListener('click', async () => {
  const x = tf.tensor1d([Number(document.getElementById('x').value)]);
  const y = predictLine(x);
  document.getElementById('y').textContent = (await y.data())[0];
  tf.dispose([x, y]);
});
