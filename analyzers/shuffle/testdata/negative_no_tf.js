// No TensorFlow.js here: another ML library with the same method names.
const { LinearRegression } = require('ml-regression');
const { Dataset } = require('./my-data');

const reg = new LinearRegression();
reg.fit([1, 2, 3], [2, 4, 6], { shuffle: false });

const ds = Dataset.from([1, 2, 3]).batch(2).shuffle(1);
reg.fitDataset(ds);
