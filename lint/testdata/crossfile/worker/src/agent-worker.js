// The worker script: it answers the page through self.onmessage and
// postMessage, and runs the agent on the WASM backend (a CPU backend would leave
// nothing to report: see crossfile/cpubackend).
import * as tf from '@tensorflow/tfjs';
import { Agent } from './agent.js';

self.onmessage = async (event) => {
  if (event.data.type !== 'start') return;
  await tf.setBackend('wasm');
  const agent = new Agent(4, 2);
  await agent.run(1000, (observation) => self.postMessage({ observation }));
};
