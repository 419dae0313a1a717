// Named imports instead of a namespace.
import { sequential, layers, train, tensor2d, SGDOptimizer } from '@tensorflow/tfjs';

export function buildClassifier(numClasses) {
  const model = sequential({
    layers: [
      layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 5, activation: 'relu' }),
      layers.maxPooling2d({ poolSize: 2 }),
      layers.flatten(),
      layers.dense({ units: numClasses, activation: 'softmax' }),
    ],
  });
  model.compile({
    optimizer: train.sgd(0.15), // want "tf\\.train\\.sgd is plain SGD"
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  return model;
}

export function linearRegression(points) {
  const xs = tensor2d(points.map((p) => [p.x]));
  const ys = tensor2d(points.map((p) => [p.y]));
  const model = sequential({ layers: [layers.dense({ inputShape: [1], units: 1 })] });
  // One dense unit: a linear regression, which plain SGD fits fine. Not reported.
  model.compile({ optimizer: new SGDOptimizer(0.1), loss: 'meanSquaredError' });
  return model.fit(xs, ys, { epochs: 20 }).then(() => {
    xs.dispose();
    ys.dispose();
    return model;
  });
}
