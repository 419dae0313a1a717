// TSX: a component that fits a line with optimizer.minimize, passing the variables in the wrong slot once.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

const a = tf.variable(tf.scalar(0));
const b = tf.variable(tf.scalar(0));
const optimizer = tf.train.sgd(0.1);

export function LineFit({ xs, ys }: { xs: tf.Tensor1D; ys: tf.Tensor1D }) {
  const loss = () => tf.losses.meanSquaredError(ys, xs.mul(a).add(b));
  const onStepBad = () => {
    optimizer.minimize(loss, [a, b]); // want "the second parameter of minimize is returnCost"
  };
  const onStepGood = () => {
    optimizer.minimize(loss, false, [a, b]);
  };
  return (
    <>
      <button onClick={onStepBad}>step</button>
      <button onClick={onStepGood}>step right</button>
    </>
  );
}
