// TSX: a component that compiles with a rate from a constant.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

const LEARNING_RATE = 0;

export function Setup({ model }: { model: tf.LayersModel }) {
  React.useEffect(() => {
    model.compile({ optimizer: tf.train.sgd(LEARNING_RATE), loss: 'meanSquaredError' }); // want "learning rate 0 \\(LEARNING_RATE\\) for tf\\.train\\.sgd must be positive"
  }, [model]);
  const onReset = () => model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
  return <button onClick={onReset}>reset</button>;
}
