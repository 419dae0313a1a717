// A create-react-app component: JSX in a .js file. The prediction leaks on
// every click.
import React, { useState } from 'react';
import * as tf from '@tensorflow/tfjs';

export default function Digit({ model }) {
  const [digit, setDigit] = useState(null);
  const onClick = async (event) => {
    const pixels = tf.tidy(() => tf.browser.fromPixels(event.target, 1).resizeBilinear([28, 28]).div(255).expandDims(0));
    const scores = model.predict(pixels); // want "`scores` from model\\.predict is never disposed"
    pixels.dispose();
    setDigit((await scores.argMax(-1).data())[0]); // want "the tensor from scores\\.argMax is read with data\\(\\) and never disposed"
  };
  return (
    <div className="digit">
      <canvas width={280} height={280} onClick={onClick} />
      <p>{digit === null ? 'Draw a digit' : `It is a ${digit}`}</p>
    </div>
  );
}
