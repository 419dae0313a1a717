// Backend-agnostic helpers: the caller passes in whichever tfjs build it uses, so `tf` is a parameter.
export function createOptimizer(tf, name, learningRate) {
  switch (name) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return tf.train.momentum(learningRate, 0.9);
    default:
      return tf.train.adam(learningRate);
  }
}

export async function fitWith(tf, model, xs, ys, { optimizer = 'adam', learningRate = 0.001 } = {}) {
  model.compile({ optimizer: createOptimizer(tf, optimizer, learningRate), loss: 'meanSquaredError' });
  return model.fit(xs, ys, { epochs: 10, batchSize: 32 });
}

export const legacy = (tf) => new tf.SGDOptimizer(0.01);
