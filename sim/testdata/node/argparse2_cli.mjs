// The same CLI with argparse 2.x (add_argument/parse_args) in an ES module
// that still tests require.main, as Babel-era code does.
import * as tf from '@tensorflow/tfjs-node';
import { ArgumentParser } from 'argparse';

const parser = new ArgumentParser({ description: 'Train a regressor' });
parser.add_argument('--epochs', { type: 'int', default: 2 });
parser.add_argument('--batch_size', { type: 'int', default: 8 });
parser.add_argument('--units', { type: 'int', default: 12 });
parser.add_argument('--no-shuffle', { action: 'store_true' });
const args = parser.parse_args();

async function main() {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [5], units: args.units }), tf.layers.dense({ units: 1 })] });
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'meanSquaredError' });
  await model.fit(tf.randomNormal([32, 5]), tf.randomNormal([32, 1]), { epochs: args.epochs, batchSize: args.batch_size, shuffle: !args.no_shuffle });
}

if (require.main === module) {
  main();
}
