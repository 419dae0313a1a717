// TSX: a Train button that guesses how long fit takes.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Trainer({ model, xs, ys }: { model: tf.LayersModel; xs: tf.Tensor2D; ys: tf.Tensor2D }) {
  const [done, setDone] = React.useState(false);
  const onTrain = () => {
    model.fit(xs, ys, { epochs: 10 });
    setTimeout(() => model.save('downloads://model').then(() => setDone(true)), 3000); // want "setTimeout waits a fixed 3000 ms for training to finish"
  };
  const onTrainAwaited = async () => {
    await model.fit(xs, ys, { epochs: 10 });
    setTimeout(() => model.save('downloads://model').then(() => setDone(true)), 3000);
  };
  return <button onClick={done ? onTrainAwaited : onTrain}>{done ? 'again' : 'train'}</button>;
}
