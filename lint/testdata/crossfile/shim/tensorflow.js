// One place picks the tfjs build the app uses; the rest import this file.
export * from '@tensorflow/tfjs';
