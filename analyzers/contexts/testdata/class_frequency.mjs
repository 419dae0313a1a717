import * as tf from '@tensorflow/tfjs';

class Agent {
  constructor() {
    tf.scalar(1); // want "^once$"
  }

  act(state) {
    tf.scalar(2); // want "^per pointer press"
  }

  learn() {
    for (let i = 0; i < 100; i++) {
      this.replay(i);
    }
  }

  replay(i) {
    tf.scalar(3); // want "^per iteration \\(called from the loop body on line 13\\), outer once, loopy$"
  }
}

const agent = new Agent();
agent.learn();
document.body.addEventListener('mousedown', () => agent.act([0, 1]));

export class Model {
  fit() {
    tf.scalar(4); // want "^unknown$"
  }
}

describe('agent', () => {
  it('acts', () => {
    tf.scalar(5); // want "^once, test$"
  });
});

(async () => {
  tf.scalar(6); // want "^once, async$"
})();

function unusedInModule() {
  tf.scalar(7); // want "^once$"
}

class Helper {
  neverCalled() {
    tf.scalar(8); // want "^once$"
  }
}
new Helper();
