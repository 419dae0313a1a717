// TSX: a component's click handler wraps an awaited read in tf.tidy.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Predict({ model, input }: { model: tf.LayersModel; input: tf.Tensor2D }) {
  const [label, setLabel] = React.useState<number>(-1);
  const onBad = () => tf.tidy(async () => { // want "async"
    const best = (model.predict(input) as tf.Tensor).argMax(-1);
    setLabel((await best.data())[0]);
  });
  const onGood = async () => {
    const best = tf.tidy(() => (model.predict(input) as tf.Tensor).argMax(-1));
    setLabel((await best.data())[0]);
    best.dispose();
  };
  return (
    <div>
      <button onClick={onBad}>bad</button>
      <button onClick={onGood}>good</button>
      <span>{label}</span>
    </div>
  );
}
