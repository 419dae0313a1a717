import * as tf from '@tensorflow/tfjs';
import { useState } from 'react';

export function Trainer({ model, xs, ys }: { model: tf.LayersModel; xs: tf.Tensor; ys: tf.Tensor }) {
  const [loss, setLoss] = useState(0);
  const train = async () => {
    await model.fit(xs, ys, {
      epochs: 1000, // want "fit runs 1000 epochs"
      validationSplit: 0.1,
      callbacks: { onEpochEnd: (_: number, logs?: tf.Logs) => setLoss(logs?.loss ?? 0) },
    });
  };
  return <button onClick={train}>Train (loss {loss})</button>;
}
