// TSX: a webcam component that resizes each full camera frame, and one that asks the camera for the model's size.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export function Webcam({ model }: { model: tf.LayersModel }) {
  const video = React.useRef<HTMLVideoElement>(null);
  React.useEffect(() => {
    let raf = 0;
    const loop = () => {
      tf.tidy(() => {
        const frame = tf.browser.fromPixels(video.current!);
        const input = tf.image.resizeBilinear(frame, [224, 224]).expandDims(0); // want "tf\\.image\\.resizeBilinear resizes the full-size input from tf\\.browser\\.fromPixels \\(line 11\\), per frame"
        (model.predict(input) as tf.Tensor).dataSync();
      });
      raf = requestAnimationFrame(loop);
    };
    raf = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(raf);
  }, [model]);
  return <video ref={video} autoPlay muted playsInline />;
}

export function SizedWebcam({ model }: { model: tf.LayersModel }) {
  const video = React.useRef<HTMLVideoElement>(null);
  React.useEffect(() => {
    let stop = false;
    (async () => {
      const cam = await tf.data.webcam(video.current!, { resizeWidth: 224, resizeHeight: 224 });
      while (!stop) {
        const frame = await cam.capture();
        tf.tidy(() => (model.predict(frame.expandDims(0)) as tf.Tensor).dataSync());
        frame.dispose();
        await tf.nextFrame();
      }
    })();
    return () => { stop = true; };
  }, [model]);
  return <video ref={video} autoPlay muted playsInline width={224} height={224} />;
}
