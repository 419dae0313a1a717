// A React component with JSX in a .js file, as create-react-app writes them:
// not JavaScript, but never a syntax error.
import React, { useEffect, useState } from 'react';
import * as tf from '@tensorflow/tfjs';

export default function Predictor({ modelUrl }) {
  const [model, setModel] = useState(null);
  const [label, setLabel] = useState('');
  useEffect(() => {
    tf.loadLayersModel(modelUrl).then(setModel);
  }, [modelUrl]);
  const predict = (pixels) => {
    const scores = tf.tidy(() => model.predict(tf.browser.fromPixels(pixels).expandDims(0)));
    setLabel(String(scores.argMax(-1).dataSync()[0]));
    scores.dispose();
  };
  return (
    <div className="predictor">
      <canvas id="input" onMouseUp={(e) => predict(e.target)} />
      <p>Prediction: {label || "draw a digit"}</p>
    </div>
  );
}
