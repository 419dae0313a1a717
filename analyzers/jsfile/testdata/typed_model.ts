// TypeScript with every construct esbuild rewrites: annotations, enums,
// parameter properties, decorators, non-null assertions, satisfies, generics.
import * as tf from '@tensorflow/tfjs';
import type { Rank } from '@tensorflow/tfjs';

enum Phase { Train, Eval }

function logged(target: object, key: string, desc: PropertyDescriptor): void {
  console.log(key, target, desc);
}

interface Options { epochs: number; batchSize?: number }

export class Trainer<T extends tf.Tensor = tf.Tensor2D> {
  private phase: Phase = Phase.Train;
  constructor(private readonly model: tf.LayersModel, public opts: Options) {}

  @logged
  async fit(xs: T, ys: tf.Tensor<Rank.R2>): Promise<tf.History> {
    const cfg = { epochs: this.opts.epochs, batchSize: this.opts.batchSize ?? 32 } satisfies tf.ModelFitArgs;
    return this.model!.fit(xs as tf.Tensor, ys, cfg);
  }
}
