// A TypeScript script that loads its data from the network, which the dry
// run does not do: it stops at the fetch, at its place in this file.
import * as tf from '@tensorflow/tfjs';

type Row = { x: number[]; y: number };

async function load(url: string): Promise<Row[]> {
  const res: Response = await fetch(url);
  return (await res.json()) as Row[];
}

const rows: Row[] = await load('https://example.com/rows.json');
const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 1 })] });
model.compile({ optimizer: 'sgd', loss: 'meanSquaredError' });
await model.fit(tf.tensor2d(rows.map((r: Row) => r.x)), tf.tensor1d(rows.map((r: Row) => r.y)));
