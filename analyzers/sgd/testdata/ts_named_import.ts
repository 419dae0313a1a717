// TypeScript with named imports: a convolutional classifier compiled with
// plain SGD, and a one-unit regression where SGD is fine.
import { sequential, layers, train, tensor2d, SGDOptimizer, type Sequential, type Tensor2D } from '@tensorflow/tfjs';

export function buildClassifier(numClasses: number): Sequential {
  const model: Sequential = sequential({
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

export async function linearRegression(points: Array<{ x: number; y: number }>): Promise<Sequential> {
  const xs: Tensor2D = tensor2d(points.map((p) => [p.x]));
  const ys: Tensor2D = tensor2d(points.map((p) => [p.y]));
  const model = sequential({ layers: [layers.dense({ inputShape: [1], units: 1 })] });
  // One dense unit: a linear regression, which plain SGD fits fine. Not reported.
  model.compile({ optimizer: new SGDOptimizer(0.1), loss: 'meanSquaredError' });
  await model.fit(xs, ys, { epochs: 20 });
  xs.dispose();
  ys.dispose();
  return model;
}
