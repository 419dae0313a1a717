const tf = require('@tensorflow/tfjs-node');
const fs = require('fs');

function loadData(path) {
  tf.scalar(1); // want "^once$"
  return JSON.parse(fs.readFileSync(path, 'utf8'));
}

function trainStep(model, xs, ys) {
  tf.scalar(2); // want "^per training step \\(called from the loop body on line 18\\), outer unknown, loopy$"
}

async function main() {
  const data = loadData(process.argv[2]);
  tf.scalar(3); // want "^once, async$"
  const model = tf.sequential();
  const optimizer = tf.train.adam();
  for (let epoch = 0; epoch < 10; epoch++) {
    trainStep(model, data.xs, data.ys);
    optimizer.minimize(() => tf.scalar(4).square()); // want "^per training step, outer once, loopy, tidy$"
  }
  countdown(3);
}

function countdown(n) {
  tf.scalar(5); // want "^per recursive call$"
  if (n > 0) countdown(n - 1);
}

if (require.main === module) {
  main().catch((err) => {
    tf.scalar(6); // want "^once$"
    process.exit(1);
  });
}

function predict(model, x) {
  return tf.tidy(() => model.predict(x).mul(tf.scalar(7))); // want "^unknown, tidy$"
}

module.exports = { predict };

// Babel's regenerator output: the while loop drives the awaits, it does not repeat them.
function _trainCompiled() {
  return regeneratorRuntime.wrap(function _callee$(_context) {
    while (1) switch (_context.prev = _context.next) {
      case 0:
        tf.scalar(8); // want "^unknown$"
        _context.next = 2;
        return trainStep();
      case 2:
      case 'end':
        return _context.stop();
    }
  }, null, null);
}
module.exports.trainCompiled = _trainCompiled;
