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
