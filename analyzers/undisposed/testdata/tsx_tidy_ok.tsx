// A TSX drawing pad that classifies inside tf.tidy and frees what it reads.
import * as tf from '@tensorflow/tfjs';
import React, { useRef } from 'react';

type PadProps = { model: tf.LayersModel; onDigit: (digit: number) => void };

export const Pad: React.FC<PadProps> = ({ model, onDigit }) => {
  const canvas = useRef<HTMLCanvasElement>(null);
  const classify = async () => {
    const digit = tf.tidy(() => {
      const img = tf.browser.fromPixels(canvas.current!, 1).resizeBilinear([28, 28]).div(255);
      return (model.predict(img.expandDims(0)) as tf.Tensor).argMax(-1);
    });
    const [value] = await digit.data();
    digit.dispose();
    onDigit(value);
  };
  return <canvas ref={canvas} width={280} height={280} onMouseUp={classify} />;
};
