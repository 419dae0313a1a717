// A React webcam classifier in TSX: the frame tensor is never freed.
import * as tf from '@tensorflow/tfjs';
import React, { useEffect, useRef, useState } from 'react';

interface Props {
  model: tf.LayersModel;
  labels: string[];
}

export function Webcam({ model, labels }: Props): JSX.Element {
  const video = useRef<HTMLVideoElement>(null);
  const [label, setLabel] = useState<string>('…');

  useEffect(() => {
    let raf = 0;
    const loop = async (): Promise<void> => {
      const frame = tf.browser.fromPixels(video.current!).resizeBilinear([224, 224]); // want "intermediate tensor from tf\\.browser\\.fromPixels is never disposed" "`frame` from Tensor\\.resizeBilinear is never disposed"
      const probs = tf.tidy(() => model.predict(frame.expandDims(0).div(255)) as tf.Tensor);
      const scores = await probs.data();
      const best = scores.indexOf(Math.max(...scores));
      probs.dispose();
      setLabel(labels[best]);
      raf = requestAnimationFrame(loop);
    };
    loop();
    return () => cancelAnimationFrame(raf);
  }, [model, labels]);

  return (
    <figure>
      <video ref={video} autoPlay muted playsInline width={224} height={224} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
