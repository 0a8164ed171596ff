import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every sample message as a static file, byte for byte, for the inspector's sample picker. */
export const getStaticPaths = (async () =>
  (await getCollection('samples')).map((s) => ({
    params: { file: s.data.file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(process.cwd(), 'content/samples', String(params.file))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
