// A TypeScript training script: a custom loop over batches with
// trainOnBatch, importing its model from ./model (model.ts, resolved as
// bundlers do). It leaks two tensors per step: the normalized batch
// (and, inside normalize, the centred copy).
import * as tf from '@tensorflow/tfjs';
import { buildModel, normalize, type Batch, type ModelConfig } from './model';

const config: ModelConfig = { inputSize: 12, hidden: [32, 16], classes: 4, learningRate: 0.01 };
const BATCH_SIZE = 16 as const;
const STEPS: number = 20;

function makeBatch(step: number): Batch {
  return tf.tidy((): Batch => {
    const xs = tf.randomNormal([BATCH_SIZE, config.inputSize]) as tf.Tensor2D;
    const labels = tf.randomUniform([BATCH_SIZE], 0, config.classes, 'int32') as tf.Tensor1D;
    const ys = tf.oneHot(labels, config.classes).toFloat() as tf.Tensor2D;
    return { xs, ys };
  });
}

async function train(): Promise<void> {
  const model = buildModel(config);
  model.compile({
    optimizer: tf.train.adam(config.learningRate ?? 0.001),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  const mean: tf.Tensor1D = tf.zeros([config.inputSize]);
  const std: tf.Tensor1D = tf.ones([config.inputSize]);
  for (let step = 0; step < STEPS; step++) {
    const { xs, ys }: Batch = makeBatch(step);
    const input: tf.Tensor2D = normalize(xs, mean, std);
    const [loss] = (await model.trainOnBatch(input, ys)) as number[];
    if (step % 5 === 0) console.log(`step ${step}: loss ${loss.toFixed(3)}`);
    tf.dispose([xs, ys]);
  }
}

train();
