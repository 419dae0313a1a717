// TSX: a component that builds a fresh model on every training round.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Rounds({ xs, ys, rounds }: { xs: tf.Tensor2D; ys: tf.Tensor2D; rounds: number }) {
  const onTrain = async () => {
    for (let r = 0; r < rounds; r++) {
      const model = tf.sequential(); // want "tf\\.sequential is created every iteration of this loop"
      model.add(tf.layers.dense({ inputShape: [4], units: 1 }));
      model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
      await model.fit(xs, ys, { epochs: 5 });
    }
  };
  const onTrainOne = async () => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [4], units: 1 }));
    model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
    for (let r = 0; r < rounds; r++) {
      await model.fit(xs, ys, { epochs: 5 });
    }
  };
  return <button onClick={rounds > 1 ? onTrain : onTrainOne}>train</button>;
}
