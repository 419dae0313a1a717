// A Node training script that reads its data from the project: a CSV with
// fs and readline, a JSON file with fs.promises, the same CSV through
// tf.data.csv('file://…'); the dry run reads them for real, so every
// shape below is the file's.
const tf = require('@tensorflow/tfjs');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const {promisify} = require('util');

const DATA = path.join(__dirname, 'data');
const readFile = promisify(fs.readFile);

function parseCSV(text) {
  const [header, ...lines] = text.trim().split('\n');
  return {columns: header.split(','), rows: lines.map((l) => l.split(',').map(Number))};
}

async function readLines(file) {
  const rl = readline.createInterface({input: fs.createReadStream(file), crlfDelay: Infinity});
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  await new Promise((resolve) => rl.on('close', resolve));
  return lines;
}

async function main() {
  const csvPath = path.join(DATA, 'iris_small.csv');
  if (!fs.existsSync(csvPath)) throw new Error('no data');
  const {columns, rows} = parseCSV(fs.readFileSync(csvPath, 'utf8'));
  const meta = JSON.parse(await fs.promises.readFile(path.join(DATA, 'meta.json'), 'utf8'));
  const raw = await readFile(csvPath);
  const lines = await readLines(csvPath);
  console.log('columns', JSON.stringify(columns), 'rows', rows.length, 'bytes', raw.length, 'lines', lines.length);
  console.log('classes', meta.classes.length, 'stat', fs.statSync(csvPath).isFile());
  try {
    fs.readFileSync(path.join(DATA, 'absent.csv'));
  } catch (e) {
    console.log('absent file', e.code);
  }

  const xs = tf.tensor2d(rows.map((r) => r.slice(0, meta.features)));
  const ys = tf.oneHot(tf.tensor1d(rows.map((r) => r[meta.features]), 'int32'), meta.classes.length);
  console.log('xs', JSON.stringify(xs.shape), 'ys', JSON.stringify(ys.shape));

  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [meta.features], units: 8, activation: 'relu'}));
  model.add(tf.layers.dense({units: meta.classes.length, activation: 'softmax'}));
  model.compile({optimizer: 'adam', loss: 'categoricalCrossentropy'});
  await model.fit(xs, ys, {epochs: 2, batchSize: 4});
  console.log('after fit', tf.memory().numTensors);

  const ds = tf.data.csv('file://' + csvPath, {columnConfigs: {species: {isLabel: true}}});
  console.log('csv columns', JSON.stringify(await ds.columnNames()));
  const first = await ds.take(1).toArray();
  console.log('csv row', JSON.stringify(first[0]));
  const batches = ds.map(({xs, ys}) => ({xs: Object.values(xs), ys: tf.oneHot(ys.species, 3)})).batch(3);
  await model.fitDataset(batches, {epochs: 2});
  console.log('after fitDataset', tf.memory().numTensors);
  tf.dispose([xs, ys]);
  console.log('end', tf.memory().numTensors);
}

main();
