// Re-exports, as a package's index does.
export { captureFrame as snap } from './camera.js';
export * from './model.js';
