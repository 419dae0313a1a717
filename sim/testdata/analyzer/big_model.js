import * as tf from '@tensorflow/tfjs';

const model = tf.sequential(); // want "model sequential_1 has 4.0 MiB of float32 weights \\(1,049,600 params\\), over the 2.0 MiB budget; largest layers: dense_Dense1"
model.add(tf.layers.dense({ inputShape: [1024], units: 1024 }));
model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
await model.fit(tf.zeros([4, 1024]), tf.zeros([4, 1024]), { epochs: 1 });
await model.save('localstorage://big'); // want "localStorage holds ~5 MB per origin and model sequential_1 already takes 4.0 MiB" "saved as 4.0 MiB of float32 weights; the converter's --quantize_uint8 gives 1.0 MiB"
