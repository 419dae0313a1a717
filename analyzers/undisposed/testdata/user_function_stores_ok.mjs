// A small DQN agent: state tensors go to a replay buffer that owns and later frees them.
import * as tf from '@tensorflow/tfjs';
import { ReplayMemory } from './replay_memory.js';

const NUM_ACTIONS = 4;
const memory = new ReplayMemory(10000);

const qNet = tf.sequential({
  layers: [
    tf.layers.dense({ units: 64, activation: 'relu', inputShape: [8] }),
    tf.layers.dense({ units: 64, activation: 'relu' }),
    tf.layers.dense({ units: NUM_ACTIONS }),
  ],
});

function remember(state, action, reward, nextState, done) {
  memory.append([state, action, reward, nextState, done]);
}

export async function chooseAction(state, epsilon) {
  if (Math.random() < epsilon) return Math.floor(Math.random() * NUM_ACTIONS);
  const q = tf.tidy(() => qNet.predict(state.expandDims(0)).argMax(-1));
  const [action] = await q.data();
  q.dispose();
  return action;
}

export async function playEpisode(env, epsilon) {
  let observation = env.reset();
  let state = tf.tensor1d(observation);
  let total = 0;
  for (let t = 0; t < 500; t++) {
    const action = await chooseAction(state, epsilon);
    const { observation: next, reward, done } = env.step(action);
    const nextState = tf.tensor1d(next);
    // Both tensors now belong to the replay memory, which disposes them on eviction.
    remember(state, action, reward, nextState, done);
    total += reward;
    state = nextState;
    if (done) break;
  }
  return total;
}

export function logState(label, features) {
  const snapshot = tf.tensor1d(features);
  memory.tag(label, snapshot);
}
