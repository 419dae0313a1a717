// A TSX classifier that reads its prediction with await: nothing to report.
import * as tf from '@tensorflow/tfjs';
import React, { useState } from 'react';

export function Classify({ model, image }: { model: tf.LayersModel; image: HTMLImageElement }) {
  const [top, setTop] = useState<number>(-1);
  const run = async (): Promise<void> => {
    const probs = tf.tidy(() => model.predict(tf.browser.fromPixels(image).expandDims(0).div(255)) as tf.Tensor);
    const values = await probs.data();
    probs.dispose();
    setTop(values.indexOf(Math.max(...values)));
  };
  return <button onClick={run}>{top < 0 ? 'Classify' : `Class ${top}`}</button>;
}
