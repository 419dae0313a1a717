// TSX: a Train button that starts fit and reads the model before it finished.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Trainer({ model, xs, ys }: { model: tf.LayersModel; xs: tf.Tensor2D; ys: tf.Tensor2D }) {
  const onBad = () => {
    model.fit(xs, ys, { epochs: 5 }); // want "fit"
    model.save('downloads://model');
  };
  const onGood = async () => {
    await model.fit(xs, ys, { epochs: 5 });
    await model.save('downloads://model');
  };
  return (
    <>
      <button onClick={onBad}>train</button>
      <button onClick={onGood}>train and save</button>
    </>
  );
}
