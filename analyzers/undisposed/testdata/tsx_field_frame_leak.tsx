// TSX: a React class component keeps the latest camera frame in a field declared as a tensor and replaces it every animation frame.
import * as React from 'react';
import * as tf from '@tensorflow/tfjs';

export class Camera extends React.Component<{ model: tf.LayersModel }> {
  private video = React.createRef<HTMLVideoElement>();
  private frame: tf.Tensor3D | null = null;
  private raf = 0;

  componentDidMount() {
    const loop = () => {
      this.frame = tf.browser.fromPixels(this.video.current!); // want "`this\\.frame` \\(declared a tensor\\) is reassigned to a new tensor"
      this.raf = requestAnimationFrame(loop);
    };
    loop();
  }

  componentWillUnmount() {
    cancelAnimationFrame(this.raf);
  }

  render() {
    return <video ref={this.video} autoPlay muted playsInline />;
  }
}
