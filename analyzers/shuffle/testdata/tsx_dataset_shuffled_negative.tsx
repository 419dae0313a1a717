// A TSX training view whose tf.data pipeline shuffles: nothing to report.
import * as tf from '@tensorflow/tfjs';
import React from 'react';

type Sample = { xs: number[]; ys: number[] };

export async function trainOn(model: tf.LayersModel, samples: Sample[]): Promise<tf.History> {
  const ds = tf.data
    .array(samples)
    .map(({ xs, ys }: Sample) => ({ xs: tf.tensor1d(xs), ys: tf.tensor1d(ys) }))
    .shuffle(samples.length)
    .batch(32);
  return model.fitDataset(ds, { epochs: 5 });
}

export const Status = ({ epoch }: { epoch: number }) => <p>Epoch {epoch}</p>;
