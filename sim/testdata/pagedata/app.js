// A page that loads its data the way pages do: its config with fetch, its
// table with tf.data.csv, both relative to the page.
let config;

async function loadConfig() {
  const res = await fetch('data/config.json');
  if (!res.ok) throw new Error('no config: ' + res.status);
  config = await res.json();
}

async function train() {
  const csv = tf.data.csv('./data/iris.csv', {columnConfigs: {species: {isLabel: true}}});
  const numFeatures = (await csv.columnNames()).length - 1;
  const data = csv.map(({xs, ys}) => ({xs: Object.values(xs), ys: tf.oneHot(ys.species, 3)})).batch(4);
  const model = tf.sequential();
  model.add(tf.layers.dense({inputShape: [numFeatures], units: config.units, activation: 'relu'}));
  model.add(tf.layers.dense({units: 3, activation: 'softmax'}));
  model.compile({optimizer: tf.train.adam(0.01), loss: 'categoricalCrossentropy'});
  await model.fitDataset(data, {epochs: config.epochs});
  document.getElementById('status').textContent = 'trained';
}

window.addEventListener('load', loadConfig);
document.getElementById('train').addEventListener('click', train);
