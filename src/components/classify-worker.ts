/// <reference lib="webworker" />
// Classifies in a Web Worker so that typing in the inspector never waits for the classifier.
// Nothing leaves the browser: the worker only talks to the page that started it.
import { classify } from '../lib/bounce/index.ts';

export interface ClassifyRequest {
  id: number;
  text: string;
}

self.onmessage = (event: MessageEvent<ClassifyRequest>) => {
  const { id, text } = event.data;
  const started = performance.now();
  const result = classify(text);
  self.postMessage({ id, result, ms: performance.now() - started });
};
