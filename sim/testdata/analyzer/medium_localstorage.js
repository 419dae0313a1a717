import * as tf from '@tensorflow/tfjs';

// 256 x 512 weights (about 514 KiB): a tenth of the quota, reported.
const wide = tf.sequential();
wide.add(tf.layers.dense({ inputShape: [256], units: 512 }));
wide.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
await wide.fit(tf.zeros([2, 256]), tf.zeros([2, 512]), { epochs: 1 });
await wide.save('localstorage://wide'); // want "localStorage holds ~5 MB per origin and model sequential_1 already takes 514\\.0 KiB"
