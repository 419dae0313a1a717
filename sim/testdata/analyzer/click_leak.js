// A page script that trains from a button and leaks the batch it makes on
// every click: the dry run clicks twice and reports the growth per click.
const model = tf.sequential();
model.add(tf.layers.dense({inputShape: [4], units: 1}));
model.compile({optimizer: 'adam', loss: 'meanSquaredError'});

document.getElementById('train').addEventListener('click', async () => {
  const xs = tf.randomNormal([32, 4]); // want "tf.randomNormal allocates tensors that are never freed: \\+1 tensors \\(\\+512 bytes\\) more after every click on #train \\(the handler registered at click_leak.js:7\\)"
  const ys = tf.randomNormal([32, 1]); // want "tf.randomNormal allocates tensors that are never freed: \\+1 tensors \\(\\+128 bytes\\) more after every click on #train"
  await model.fit(xs, ys, {epochs: 2});
});
