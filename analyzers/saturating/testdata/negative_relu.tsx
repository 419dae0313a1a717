import * as tf from '@tensorflow/tfjs';
import { useMemo } from 'react';

// A component that builds a relu network once.
export function useClassifier(classes: number) {
  return useMemo(() => {
    const model = tf.sequential();
    model.add(tf.layers.conv2d({ inputShape: [64, 64, 3], filters: 16, kernelSize: 3, activation: 'relu' }));
    model.add(tf.layers.conv2d({ filters: 32, kernelSize: 3, activation: 'elu' }));
    model.add(tf.layers.flatten());
    model.add(tf.layers.dense({ units: classes, activation: 'sigmoid' }));
    return model;
  }, [classes]);
}
