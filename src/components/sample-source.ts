// Build-time helpers for components that show a sample from content/samples with the verdict the
// real classifier gives it (BounceExample, EspVerdicts).
import { getEntry, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classify, decodeBytes, type MessageVerdict } from '../lib/bounce/index.ts';

export interface ClassifiedSample {
  sample: CollectionEntry<'samples'>;
  /** The message as text, line ends normalised to LF: evidence ranges index into it. */
  text: string;
  messages: MessageVerdict[];
}

/**
 * Reads a sample by id and classifies it. Fails the build with a message naming the component
 * when the id is unknown or the classifier refuses the file.
 */
export async function classifySample(id: string, component: string): Promise<ClassifiedSample> {
  const sample = await getEntry('samples', id);
  if (!sample) {
    throw new Error(
      `<${component} sample="${id}" />: no sample with that id in content/samples/samples.yaml.`,
    );
  }
  const bytes = readFileSync(join(process.cwd(), 'content/samples', sample.data.file));
  const text = decodeBytes(bytes).replace(/\r\n?/g, '\n');
  const result = classify(text);
  if (!result.ok) {
    throw new Error(
      `<${component} sample="${id}" />: the classifier refused it: ${result.error.message}`,
    );
  }
  return { sample, text, messages: result.messages };
}
