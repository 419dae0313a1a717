// The page: the agent runs in a worker, which the dry run does not start. want "sim-incomplete: the dry run trained nothing"
// It draws the world; the Start button starts the worker where the browser has workers.
import { render } from './render.js';

document.getElementById('start').addEventListener('click', () => {
  if (typeof Worker === 'undefined') return;
  const worker = new Worker('src/agent-worker.js', { type: 'module' });
  worker.onmessage = (event) => render(event.data);
  worker.postMessage({ type: 'start' });
});
