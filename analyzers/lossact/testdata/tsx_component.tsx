// TSX: a classifier built in a component's effect: linear outputs fed to a loss that expects probabilities, and the right pairing.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Classifier({ classes }: { classes: number }) {
  React.useEffect(() => {
    const model: tf.Sequential = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [16], units: classes }));
    model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' }); // want "expects a softmax's class probabilities, but the model's output is linear"
  }, [classes]);
  return null;
}

export function GoodClassifier({ classes }: { classes: number }) {
  React.useEffect(() => {
    const model = tf.sequential();
    model.add(tf.layers.dense({ inputShape: [16], units: classes, activation: 'softmax' }));
    model.compile({ optimizer: 'adam', loss: 'categoricalCrossentropy' });
  }, [classes]);
  return <div>{classes}</div>;
}
