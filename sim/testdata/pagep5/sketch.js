let data;
let model;
let xs, ys;
let lossP;

function preload() {
  data = loadJSON('colors.json');
}

function setup() {
  createCanvas(400, 300);
  const colors = [];
  const labels = [];
  for (const record of data.entries) {
    colors.push([record.r / 255, record.g / 255, record.b / 255]);
    labels.push(data.labels.indexOf(record.label));
  }
  xs = tf.tensor2d(colors);
  const labelsTensor = tf.tensor1d(labels, 'int32');
  ys = tf.oneHot(labelsTensor, data.labels.length).cast('float32');
  labelsTensor.dispose();

  model = tf.sequential();
  model.add(tf.layers.dense({ units: floor(random(16, 17)), activation: 'sigmoid', inputShape: [3] }));
  model.add(tf.layers.dense({ units: data.labels.length, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.sgd(0.2), loss: 'categoricalCrossentropy' });

  lossP = createP('loss');
  const button = createButton('train');
  button.mousePressed(train);
}

async function train() {
  await model.fit(xs, ys, {
    epochs: 2,
    batchSize: 2,
    callbacks: { onEpochEnd: (epoch, logs) => lossP.html(logs.loss.toFixed(3)) },
  });
}

function draw() {
  background(0);
  if (frameCount > 3) noLoop();
  tf.tidy(() => {
    const guess = model.predict(tf.tensor2d([[mouseX / width, mouseY / height, 0.5]]));
    fill(guess.dataSync()[0] * 255);
  });
}
