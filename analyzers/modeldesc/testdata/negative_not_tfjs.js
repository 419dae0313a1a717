// No tfjs here: another library's compile and add are not models.
const keras = require('some-keras-port');

const net = keras.sequential();
net.add(keras.dense(10));
net.compile({ optimizer: 'sgd' });
