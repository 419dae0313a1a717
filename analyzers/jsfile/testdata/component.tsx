// A TSX component: generics, annotations and JSX together.
import * as tf from '@tensorflow/tfjs';
import { useRef, type FC } from 'react';

type Props = { model: tf.LayersModel; size?: number };

export const Canvas: FC<Props> = ({ model, size = 28 }) => {
  const ref = useRef<HTMLCanvasElement>(null);
  const classify = async (): Promise<number> => {
    const input = tf.tidy(() => tf.browser.fromPixels(ref.current!, 1).resizeBilinear([size, size]).div(255));
    const out = model.predict(input.expandDims(0)) as tf.Tensor;
    const [best] = await out.argMax(-1).data();
    tf.dispose([input, out]);
    return best;
  };
  return <canvas ref={ref} width={size * 10} height={size * 10} onClick={() => void classify()} />;
};
