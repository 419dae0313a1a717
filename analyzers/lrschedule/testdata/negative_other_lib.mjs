import * as tf from '@tensorflow/tfjs';
import { Regressor } from 'ml-regression';

// fit of another library's model.
const reg = new Regressor();
reg.fit(tf.ones([3]).arraySync(), [1, 2, 3], { epochs: 500 });
