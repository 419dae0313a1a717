// A neuroevolution genome with its own getWeights/setWeights (plain
// arrays): not a tfjs model's weights.
class Genome {
  constructor(weights) {
    this.weights = weights;
  }
  getWeights() {
    return this.weights.map(w => tf.tensor(w));
  }
  setWeights(tensors) {
    this.weights = tensors.map(t => t.arraySync());
  }
}

function store(genome) {
  const values = genome.getWeights().map(t => t.arraySync());
  localStorage.setItem('best', JSON.stringify(values));
}

function restore(genome) {
  genome.setWeights(JSON.parse(localStorage.getItem('best')).map(v => tf.tensor(v)));
}
