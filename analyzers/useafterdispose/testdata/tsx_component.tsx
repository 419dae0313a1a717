// TSX: a component reads a prediction it already disposed.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Score({ model, input }: { model: tf.LayersModel; input: tf.Tensor2D }) {
  const [score, setScore] = React.useState(0);
  const onBad = () => {
    const p = model.predict(input) as tf.Tensor;
    p.dispose();
    setScore(p.dataSync()[0]); // want "p"
  };
  const onGood = () => {
    const p = model.predict(input) as tf.Tensor;
    setScore(p.dataSync()[0]);
    p.dispose();
  };
  return <button onClick={score > 0 ? onGood : onBad}>{score}</button>;
}
