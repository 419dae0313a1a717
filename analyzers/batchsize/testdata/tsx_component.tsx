// TSX: a Train button with fit options written inline.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Trainer({ model, xs, ys }: { model: tf.LayersModel; xs: tf.Tensor2D; ys: tf.Tensor2D }) {
  const onSlow = () => model.fit(xs, ys, { epochs: 20, batchSize: 1 }); // want "one sample per optimizer step"
  const onFast = () => model.fit(xs, ys, { epochs: 20, batchSize: 32 });
  return (
    <>
      <button onClick={onSlow}>slow</button>
      <button onClick={onFast}>fast</button>
    </>
  );
}
