// TSX: the same component frees the previous frame before it keeps the next one.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export class Camera extends React.Component<{ model: tf.LayersModel }> {
  private video = React.createRef<HTMLVideoElement>();
  private frame: tf.Tensor3D | null = null;
  private fps: number = 0;
  private raf = 0;

  componentDidMount() {
    const loop = (t: number) => {
      this.frame?.dispose();
      this.frame = tf.browser.fromPixels(this.video.current!);
      this.fps = 1000 / t;
      this.raf = requestAnimationFrame(loop);
    };
    this.raf = requestAnimationFrame(loop);
  }

  componentWillUnmount() {
    cancelAnimationFrame(this.raf);
    tf.dispose(this.frame!);
  }

  render() {
    return <video ref={this.video} autoPlay muted playsInline />;
  }
}
