// Tensors created right inside the argument list of another op or of fit.
import * as tf from '@tensorflow/tfjs';

const model = tf.sequential({
  layers: [
    tf.layers.dense({ units: 32, activation: 'relu', inputShape: [2] }),
    tf.layers.dense({ units: 3, activation: 'softmax' }),
  ],
});
model.compile({ optimizer: tf.train.adam(0.005), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });

// Spiral data set: the label tensors are built inline and never released.
export async function trainSpiral(points, labels) {
  const xs = tf.tensor2d(points);
  await model.fit(
    xs,
    tf.oneHot( // want "2 intermediate tensors \\(tensor1d, oneHot\\)"
      tf.tensor1d(labels, 'int32'),
      3,
    ),
    { epochs: 25, batchSize: 32, shuffle: true },
  );
  xs.dispose();
}

// Feature expansion with an op nested in another op's arguments.
export function expand(a) {
  const doubled = tf.add(a.mul(2), 1); // want "never disposed|intermediate tensor"
  const squares = tf.mul(a.square(), 0.5); // want "never disposed|intermediate tensor"
  const out = tf.concat([doubled, squares], 1);
  tf.dispose([doubled, squares]);
  return out;
}

export function expandedGrid(n) {
  const grid = tf.randomUniform([n, 2], -1, 1);
  const features = expand(grid);
  grid.dispose();
  return features;
}

// Decision boundary on a grid, scored each epoch.
export async function trainWithBoundary(xs, ys, grid) {
  await model.fit(xs, ys, {
    epochs: 10,
    callbacks: {
      onEpochEnd: async (epoch) => {
        const classes = model.predict(grid).argMax(-1); // want "intermediate tensor from"
        console.log(`epoch ${epoch}`, await classes.array());
        classes.dispose();
      },
    },
  });
}
