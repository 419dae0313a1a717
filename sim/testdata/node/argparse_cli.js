// A Node training CLI in the style of tfjs-examples: hyper-parameters come
// from argparse (1.x API), the run starts behind a require.main guard.
const tf = require('@tensorflow/tfjs-node');
const argparse = require('argparse');

function buildModel(hidden) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [10], units: hidden, activation: 'relu' }));
  model.add(tf.layers.dense({ units: 1 }));
  model.compile({ optimizer: 'adam', loss: 'meanSquaredError' });
  return model;
}

async function run(args) {
  const model = buildModel(args.hidden_units);
  const xs = tf.randomNormal([args.samples, 10]);
  const ys = tf.randomNormal([args.samples, 1]);
  await model.fit(xs, ys, { epochs: args.epochs, batchSize: args.batch_size, verbose: args.verbose ? 1 : 0 });
  if (args.save_path) await model.save(`file://${args.save_path}`);
}

function parseArgs() {
  const parser = new argparse.ArgumentParser({ description: 'Train a regressor', addHelp: true });
  parser.addArgument('--epochs', { type: 'int', defaultValue: 3, help: 'Epochs to train' });
  parser.addArgument('--batch-size', { type: 'int', defaultValue: '16', help: 'Batch size' });
  parser.addArgument('--hidden_units', { type: 'int', defaultValue: 24 });
  parser.addArgument(['-n', '--samples'], { type: 'int', defaultValue: 64 });
  parser.addArgument('--verbose', { action: 'storeTrue' });
  parser.addArgument('--save_path', { type: 'string', help: 'Where to save the model' });
  return parser.parseArgs();
}

if (require.main === module) {
  run(parseArgs());
}
