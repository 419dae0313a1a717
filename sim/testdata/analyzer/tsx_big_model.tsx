// TSX: a component module that builds a large model at load and saves it to localStorage.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

const model: tf.Sequential = tf.sequential(); // want "model sequential_1 has 4.0 MiB of float32 weights \\(1,050,625 params\\), over the 2.0 MiB budget; largest layers: dense_Dense1"
model.add(tf.layers.dense({ inputShape: [1024], units: 1024 }));
model.add(tf.layers.dense({ units: 1 }));
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
await model.fit(tf.zeros([2, 1024]), tf.zeros([2, 1]), { epochs: 1 });
await model.save('localstorage://big'); // want "localStorage holds ~5 MB per origin and model sequential_1 already takes 4.0 MiB" "saved as 4.0 MiB of float32 weights; the converter's --quantize_uint8 gives 1.0 MiB"

export function Status({ loss }: { loss: number }) {
  return <p>loss {loss.toFixed(3)}</p>;
}
