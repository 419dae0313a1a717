import * as tf from '@tensorflow/tfjs';

// A helper called from a loop over data, in code that runs once: per item,
// but bounded (the probe prints the growth as "outer").
function embed(text) {
  tf.scalar(1); // want "^per iteration \\(called from the loop body on line 10\\), outer once, loopy$"
}

async function main(texts) {
  for (const t of texts) {
    embed(t);
  }
}
main(['a', 'b']);

document.querySelector('#go').addEventListener('click', () => {
  for (const t of globalThis.items) {
    tf.scalar(2); // want "^per iteration, outer per event, loopy$"
  }
}, { passive: true });

document.querySelector('#go').addEventListener('click', () => {
  tf.scalar(3); // want "^once$"
}, { once: true });

it('embeds', () => {
  tf.scalar(4); // want "^once, test$"
});

let baseline = null;
for (let step = 0; step < Number(process.argv[2]); step++) {
  if (baseline === null) {
    baseline = tf.scalar(5); // want "^per iteration, outer once, loopy, lazy$"
  }
  if (step % 100 === 0) {
    tf.scalar(6); // want "^per iteration, outer once, loopy, sparse$"
  }
}

// An array callback is a loop over data; a Dataset.map transform runs per
// element of a stream that training pulls, so it is not seen through.
function prepare(texts) {
  texts.map((t) => {
    tf.scalar(7); // want "^per element, outer once, loopy$"
  });
  return tf.data.array(texts).map((t) => {
    tf.scalar(8); // want "^per element, tidy$"
  });
}
prepare(['a']);

// The lazy guard needs an assignment to the tested name itself: `max = …`
// does not assign `x`.
let x = null;
let max = 0;
for (let step = 0; step < Number(process.argv[2]); step++) {
  if (x === null) {
    max = 1;
    tf.scalar(9); // want "^per iteration, outer once, loopy$"
  }
}

// A helper that an array callback only wraps runs per element of the walk.
function oneHot(i) {
  return tf.scalar(10); // want "^per element \\(called from the map callback on line 68\\), outer once, loopy$"
}
function labels(rows) {
  return tf.data.array(rows.map((r) => oneHot(r[4])));
}
labels([[1, 2, 3, 4, 0]]);

// A cache rebuilt only when it is unset or made for another size runs
// once per size; rebuilt when it holds some other value, every step.
let mask = null;
let last = null;
for await (const batch of [[1, 2], [3, 4]]) {
  if (!mask || mask.shape[0] !== batch.length) {
    mask = tf.scalar(11); // want "^per iteration, lazy$"
  }
  if (!last || batch[0] !== last) {
    last = tf.scalar(12); // want "^per iteration$"
  }
}
