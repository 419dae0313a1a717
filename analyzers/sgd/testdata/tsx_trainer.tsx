// A React training panel in TSX whose model is compiled with 'sgd'.
import * as tf from '@tensorflow/tfjs';
import React, { useState } from 'react';

function makeModel(inputs: number, classes: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [inputs], units: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 64, activation: 'relu' }));
  model.add(tf.layers.dense({ units: classes, activation: 'softmax' }));
  model.compile({ optimizer: 'sgd', loss: 'categoricalCrossentropy', metrics: ['accuracy'] }); // want "optimizer 'sgd' is plain SGD on a model with a hidden non-linear layer \\(dense layer with activation 'relu', line 7\\)"
  return model;
}

export function TrainPanel({ xs, ys }: { xs: tf.Tensor2D; ys: tf.Tensor2D }) {
  const [acc, setAcc] = useState<number | null>(null);
  const onTrain = async () => {
    const model = makeModel(xs.shape[1], ys.shape[1]);
    const history = await model.fit(xs, ys, { epochs: 10, validationSplit: 0.2 });
    setAcc(history.history.val_acc.at(-1) as number);
  };
  return (
    <section>
      <button onClick={onTrain}>Train</button>
      {acc !== null && <output>{(acc * 100).toFixed(1)}%</output>}
    </section>
  );
}
