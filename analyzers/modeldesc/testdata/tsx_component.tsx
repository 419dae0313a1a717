// TSX: a model built in a component's effect from typed props.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Builder({ inputs, onReady }: { inputs: number; onReady: (m: tf.LayersModel) => void }) {
  React.useEffect(() => {
    const model: tf.Sequential = tf.sequential(); // want "^sequential: dense\\(16, relu\\) dense\\(1, sigmoid\\)$"
    model.add(tf.layers.dense({ inputShape: [inputs], units: 16, activation: 'relu' }));
    model.add(tf.layers.dense({ units: 1, activation: 'sigmoid' }));
    model.compile({ optimizer: 'adam', loss: 'binaryCrossentropy' }); // want "^compile loss=binaryCrossentropy last=dense\\(1, sigmoid\\)$"
    onReady(model);
  }, [inputs]);
  return <p>{inputs} inputs</p>;
}
