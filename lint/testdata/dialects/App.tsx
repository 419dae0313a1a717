// A TSX component with a leaking prediction (see dialects_test.go).
import * as tf from '@tensorflow/tfjs';
import React, { useState } from 'react';

export default function App({ model }: { model: tf.LayersModel }) {
  const [digit, setDigit] = useState<number>(-1);
  const onDraw = (canvas: HTMLCanvasElement) => {
    const x = tf.browser.fromPixels(canvas, 1).resizeBilinear([28, 28]).expandDims(0);
    const y = model.predict(x) as tf.Tensor;
    setDigit(y.argMax(-1).dataSync()[0]);
  };
  return <canvas width={280} height={280} onMouseUp={(e) => onDraw(e.currentTarget)} />;
}
